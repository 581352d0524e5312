import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  HOOK_USAGE,
  runHook
} from "./chunk-N6PT22TI.js";
import "./chunk-GW4JXRMB.js";
import "./chunk-F2VQ6EFB.js";
export {
  HOOK_USAGE,
  runHook
};
