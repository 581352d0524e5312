import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "b31432da9f129cc3c9f1b57e3e45357b";

export {
  VERSION,
  SOURCE_STAMP
};
