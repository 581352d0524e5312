import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "acc61b0a0fe9255f47c779c9ed653eac";

export {
  VERSION,
  SOURCE_STAMP
};
