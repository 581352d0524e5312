import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "3e1bc1663d1965db3e739203b644b09e";

export {
  VERSION,
  SOURCE_STAMP
};
