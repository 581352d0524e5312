import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "698a72f78afc2bf5fbbb7bd5ec9f587b";

export {
  VERSION,
  SOURCE_STAMP
};
