import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "6e41b6582d59668c43079b0e823c5922";

export {
  VERSION,
  SOURCE_STAMP
};
