import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// src/report/formatters/json.ts
var formatJson = (findings, summary) => JSON.stringify({ findings, summary }, null, 2) + `
`;
export {
  formatJson
};
