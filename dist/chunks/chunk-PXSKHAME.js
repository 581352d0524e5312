import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "83a7db8bf7aaacb4e0a410d26f6f82cc";

export {
  VERSION,
  SOURCE_STAMP
};
