import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// src/report/format.ts
var FORMATS = ["stylish", "json", "sarif", "github", "markdown"];
async function getFormatter(format) {
  switch (format) {
    case "json":
      return (await import("./json-7PHTZ5SJ.js")).formatJson;
    case "stylish":
      return (await import("./stylish-XIPUMC7C.js")).formatStylish;
    case "sarif":
      return (await import("./sarif-S2CU3F7T.js")).formatSarif;
    case "github":
      return (await import("./github-FJTC5F5A.js")).formatGithub;
    case "markdown":
      return (await import("./markdown-B7WVLZUU.js")).formatMarkdown;
  }
}

export {
  FORMATS,
  getFormatter
};
