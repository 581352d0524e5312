import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "bdae79a83486144ea3c4fca7a5410e9a";

export {
  VERSION,
  SOURCE_STAMP
};
