import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "ba014afd52e1413506753f0f4e5b7abf";

export {
  VERSION,
  SOURCE_STAMP
};
