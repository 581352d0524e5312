import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "2e8ed0601e5b4f0f284a65f6d07e66d5";

export {
  VERSION,
  SOURCE_STAMP
};
