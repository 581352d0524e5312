import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// src/report/format.ts
var FORMATS = ["stylish", "json", "sarif", "github", "markdown", "html", "ocsf", "splunk-hec"];
async function getFormatter(format) {
  switch (format) {
    case "json":
      return (await import("./json-7PHTZ5SJ.js")).formatJson;
    case "stylish":
      return (await import("./stylish-XIPUMC7C.js")).formatStylish;
    case "sarif":
      return (await import("./sarif-5PDVT5OJ.js")).formatSarif;
    case "github":
      return (await import("./github-FJTC5F5A.js")).formatGithub;
    case "markdown":
      return (await import("./markdown-B7WVLZUU.js")).formatMarkdown;
    case "html":
      return (await import("./html-A5NU4N2G.js")).formatHtml;
    case "ocsf":
      return (await import("./ocsf-NLSPXTEZ.js")).formatOcsf;
    case "splunk-hec":
      return (await import("./splunk-hec-FFAKFIM4.js")).formatSplunkHec;
  }
}

export {
  FORMATS,
  getFormatter
};
