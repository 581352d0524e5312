import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "c69a60ce84cfbea50b0e49ea86a5377d";

export {
  VERSION,
  SOURCE_STAMP
};
