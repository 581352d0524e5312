import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "580fd8e6c43e11410bb8d96350ae2507";

export {
  VERSION,
  SOURCE_STAMP
};
