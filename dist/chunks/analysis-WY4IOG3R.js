import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// src/analysis/index.ts
async function checkConflicts(_set) {
  return [];
}
export {
  checkConflicts
};
