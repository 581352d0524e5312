import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "9d670ef153421feb72a563541a3952e4";

export {
  VERSION,
  SOURCE_STAMP
};
