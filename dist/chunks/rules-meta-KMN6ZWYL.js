import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  loadRulesMeta
} from "./chunk-4LE3AAJS.js";
import "./chunk-F2VQ6EFB.js";
export {
  loadRulesMeta
};
