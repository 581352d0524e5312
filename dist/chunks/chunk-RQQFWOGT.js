import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "d8c5b3cf117c1672fee0ff959e76dbbf";

export {
  VERSION,
  SOURCE_STAMP
};
