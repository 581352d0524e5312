import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "a0eddc3280ac75f443c7bff663e5aee9";

export {
  VERSION,
  SOURCE_STAMP
};
