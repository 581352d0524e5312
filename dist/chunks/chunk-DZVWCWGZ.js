import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "21d747bfeb5fc42d46c005ffa5e4a263";

export {
  VERSION,
  SOURCE_STAMP
};
