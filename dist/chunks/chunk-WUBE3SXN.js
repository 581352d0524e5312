import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "3a3ce11e74e96bc72de060eb31112b74";

export {
  VERSION,
  SOURCE_STAMP
};
