import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "bbc37a1736c0e6231de4e92f4fb9f8d8";

export {
  VERSION,
  SOURCE_STAMP
};
