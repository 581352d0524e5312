import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version;

// src/report/format.ts
var FORMATS = ["stylish", "json", "sarif", "github", "markdown"];
async function getFormatter(format) {
  switch (format) {
    case "json":
      return (await import("./json-PALUKMAK.js")).formatJson;
    case "stylish":
      return (await import("./stylish-YKTKZZ7M.js")).formatStylish;
    case "sarif":
      return (await import("./sarif-KJBMSIIT.js")).formatSarif;
    case "github":
      return (await import("./github-MMZXRZZC.js")).formatGithub;
    case "markdown":
      return (await import("./markdown-VRBRBMRZ.js")).formatMarkdown;
  }
}

export {
  VERSION,
  FORMATS,
  getFormatter
};
