import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "db37218576e3f1f28a8d6bc79738c863";

export {
  VERSION,
  SOURCE_STAMP
};
