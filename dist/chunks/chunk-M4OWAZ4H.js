import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "437a852dfc1c772e5f836d4058fbc003";

export {
  VERSION,
  SOURCE_STAMP
};
