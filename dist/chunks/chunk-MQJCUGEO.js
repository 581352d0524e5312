import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "2a62a2fd96103eeaf48e962b18227bb9";

export {
  VERSION,
  SOURCE_STAMP
};
