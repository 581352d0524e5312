import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "27623ecd1d86f03739a0022d39b538e1";

export {
  VERSION,
  SOURCE_STAMP
};
