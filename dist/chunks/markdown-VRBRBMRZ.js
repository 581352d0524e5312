import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// src/report/formatters/markdown.ts
var formatMarkdown = (findings, summary) => JSON.stringify({ findings, summary }, null, 2) + `
`;
export {
  formatMarkdown
};
