import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "03d8c968e7a8b66065c3203ef19cf123";

export {
  VERSION,
  SOURCE_STAMP
};
