import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "8d57b6b182a44e0ee12b2b90236ba7ce";

export {
  VERSION,
  SOURCE_STAMP
};
