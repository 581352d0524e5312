import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "5d460f2a95b20a30e155f4f5ddeb44bd";

export {
  VERSION,
  SOURCE_STAMP
};
