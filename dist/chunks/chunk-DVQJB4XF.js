import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "1a04907eb78628fb3ddee862a0632cca";

export {
  VERSION,
  SOURCE_STAMP
};
