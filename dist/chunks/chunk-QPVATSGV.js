import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "385c4b8afc2d2bd57dd55bf5d4279bca";

export {
  VERSION,
  SOURCE_STAMP
};
