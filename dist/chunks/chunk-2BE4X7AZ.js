import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "4d879944b33a15a81cd22d4b5b656020";

export {
  VERSION,
  SOURCE_STAMP
};
