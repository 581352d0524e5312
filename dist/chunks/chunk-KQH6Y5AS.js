import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "b2df885269297d08903d022ddfd1854b";

export {
  VERSION,
  SOURCE_STAMP
};
