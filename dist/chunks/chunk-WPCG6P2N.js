import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "3f420f66df40a3dcfc8c5c3eaf52d89b";

export {
  VERSION,
  SOURCE_STAMP
};
