import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "ba0e15f54acc875a405446ccccd6d2a6";

export {
  VERSION,
  SOURCE_STAMP
};
