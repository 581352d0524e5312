import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "7f73095755b1ce1d50389fea19559850";

export {
  VERSION,
  SOURCE_STAMP
};
