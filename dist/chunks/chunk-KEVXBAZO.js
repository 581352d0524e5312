import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version, SOURCE_STAMP = "e8a54eed39280002b40f4eeddf74ab83";

export {
  VERSION,
  SOURCE_STAMP
};
