import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "5cea38a644c26ca44f11af1fed427965";

export {
  VERSION,
  SOURCE_STAMP
};
