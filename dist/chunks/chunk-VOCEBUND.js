import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "9008133d02d1b3d62e563d29a4b73179";

export {
  VERSION,
  SOURCE_STAMP
};
