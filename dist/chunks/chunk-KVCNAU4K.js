import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "c5138cb4c437ba69aff0b53b147ce0af";

export {
  VERSION,
  SOURCE_STAMP
};
