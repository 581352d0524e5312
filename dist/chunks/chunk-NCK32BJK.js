import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "9d16ee973efcd8c5827b9d8d99ed5c29";

export {
  VERSION,
  SOURCE_STAMP
};
