import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "2b0a4fc0163429478ac3047a7bc23368";

export {
  VERSION,
  SOURCE_STAMP
};
