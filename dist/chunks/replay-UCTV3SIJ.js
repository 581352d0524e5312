import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// src/replay/index.ts
async function replayLogs(_opts) {
  return { findings: [], files: [] };
}
export {
  replayLogs
};
