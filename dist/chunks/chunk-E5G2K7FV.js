import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "62d54eca2a703adf753defee27ad6894";

export {
  VERSION,
  SOURCE_STAMP
};
