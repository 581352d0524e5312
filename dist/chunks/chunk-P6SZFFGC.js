import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "54fcb728e775860cf5d453fe210462a6";

export {
  VERSION,
  SOURCE_STAMP
};
