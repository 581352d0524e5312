import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "f3b7d61f3364356d47d32550e3356ba8";

export {
  VERSION,
  SOURCE_STAMP
};
