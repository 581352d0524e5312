import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "1c7add0624358f259e2748a815b92d73";

export {
  VERSION,
  SOURCE_STAMP
};
