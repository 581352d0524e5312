import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "ee297ae37b26246ee21f80427a2bd482";

export {
  VERSION,
  SOURCE_STAMP
};
