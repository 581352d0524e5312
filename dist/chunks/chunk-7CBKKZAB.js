import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "85e940c361a1de7e6cc27b53b5c49a52";

export {
  VERSION,
  SOURCE_STAMP
};
