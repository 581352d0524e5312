import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "f1ae86546de196e34c5a381b0ef075fd";

export {
  VERSION,
  SOURCE_STAMP
};
