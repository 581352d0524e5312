import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  HOOK_USAGE,
  runHook
} from "./chunk-FQCVY6RT.js";
import "./chunk-GW4JXRMB.js";
import "./chunk-F2VQ6EFB.js";
export {
  HOOK_USAGE,
  runHook
};
