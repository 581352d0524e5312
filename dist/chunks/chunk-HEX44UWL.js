import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "b114fa52c67a044f43edcb9a4f20b6ff";

export {
  VERSION,
  SOURCE_STAMP
};
