import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "d4dec2d89eadd42416ee2bc9bb8fd1bd";

export {
  VERSION,
  SOURCE_STAMP
};
