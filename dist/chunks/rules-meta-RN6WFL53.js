import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  loadRulesMeta
} from "./chunk-QYXMRPXQ.js";
import "./chunk-F2VQ6EFB.js";
export {
  loadRulesMeta
};
