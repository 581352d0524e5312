import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "8d6f219d080f46c6a593197c79e366c5";

export {
  VERSION,
  SOURCE_STAMP
};
