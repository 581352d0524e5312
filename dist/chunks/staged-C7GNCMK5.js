import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// src/hooks/staged.ts
async function runStaged(_opts, _cwd) {
  return 0;
}
export {
  runStaged
};
