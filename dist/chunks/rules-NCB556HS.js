import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  ALL_RULES,
  RULES_META
} from "./chunk-RMZWGQHU.js";
import "./chunk-DT3GRZLG.js";
import "./chunk-F2VQ6EFB.js";
export {
  ALL_RULES,
  RULES_META
};
