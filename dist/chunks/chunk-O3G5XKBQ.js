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
      return (await import("./html-FACDOE55.js")).formatHtml;
    case "ocsf":
      return (await import("./ocsf-5GPR54CT.js")).formatOcsf;
    case "splunk-hec":
      return (await import("./splunk-hec-Z756MROY.js")).formatSplunkHec;
  }
}
async function getChunkedFormatter(format) {
  if (format === "html") return (await import("./html-FACDOE55.js")).formatHtmlChunks;
  let f = await getFormatter(format);
  return (findings, summary, ctx) => [f(findings, summary, ctx)];
}

export {
  FORMATS,
  getChunkedFormatter
};
