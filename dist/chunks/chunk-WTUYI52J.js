import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "475140105b8e2d2e0006761d666210dc";

export {
  VERSION,
  SOURCE_STAMP
};
