import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "e3d2d5ec535eceedcf965b5642337581";

export {
  VERSION,
  SOURCE_STAMP
};
