import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "9d53583cb6ba552481fd09fcf35ad82d";

export {
  VERSION,
  SOURCE_STAMP
};
