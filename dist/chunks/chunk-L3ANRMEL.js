import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "3589336d2dc95d128851b4685e781a68";

export {
  VERSION,
  SOURCE_STAMP
};
