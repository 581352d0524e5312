import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "383f5f272f10b87e0ffabd28e1484e00";

export {
  VERSION,
  SOURCE_STAMP
};
