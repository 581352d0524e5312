import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "32f923276b2a08fe124f7b06d844b38d";

export {
  VERSION,
  SOURCE_STAMP
};
