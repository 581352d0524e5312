import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "7135d2ab8ce8b741e1162d9b44baa2ac";

export {
  VERSION,
  SOURCE_STAMP
};
