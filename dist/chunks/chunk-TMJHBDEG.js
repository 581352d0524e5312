import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "085305f740c3d5d412d1ceb6b50c7396";

export {
  VERSION,
  SOURCE_STAMP
};
