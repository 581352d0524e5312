import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// src/report/formatters/github.ts
var formatGithub = (findings, summary) => JSON.stringify({ findings, summary }, null, 2) + `
`;
export {
  formatGithub
};
