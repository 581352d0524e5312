import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "6c0d99d3bdb004aacea76263ed74992d";

export {
  VERSION,
  SOURCE_STAMP
};
