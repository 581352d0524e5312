import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "4ad602c6b4f02f34138eb744c6bff4ac";

export {
  VERSION,
  SOURCE_STAMP
};
