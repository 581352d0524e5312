import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  HOOK_USAGE,
  runHook
} from "./chunk-X3ZZAHNE.js";
import "./chunk-LP3ML3ZP.js";
import "./chunk-7DK35ULS.js";
import "./chunk-3IFVJXNJ.js";
import "./chunk-HTJE5MBF.js";
import "./chunk-F2VQ6EFB.js";
export {
  HOOK_USAGE,
  runHook
};
