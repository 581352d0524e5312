import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-6RCGQYBU.js";

// src/cli/commands/explain.ts
async function run(_argv, _cwd) {
  throw new UsageError('"explain" is not available in this build yet');
}
export {
  run
};
