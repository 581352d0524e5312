import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "d22ccdeedff8b6f155797302e03cdb0a";

export {
  VERSION,
  SOURCE_STAMP
};
