import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-6RCGQYBU.js";

// src/cli/commands/init.ts
async function run(_argv, _cwd) {
  throw new UsageError('"init" is not available in this build yet');
}
export {
  run
};
