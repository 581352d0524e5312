import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "e34b844fa5f3290a7b889b1299f19cb0";

export {
  VERSION,
  SOURCE_STAMP
};
