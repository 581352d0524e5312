import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-6RCGQYBU.js";

// src/cli/commands/bypass.ts
async function run(_argv, _cwd) {
  throw new UsageError('"bypass" is not available in this build yet');
}
export {
  run
};
