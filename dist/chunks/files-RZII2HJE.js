import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import "./chunk-JV4UYWJ7.js";
import {
  decide
} from "./chunk-WTAY4XZF.js";
import {
  compilePolicy
} from "./chunk-T3FAVG5F.js";
import "./chunk-SOWHKH5M.js";
import "./chunk-DKKQZA53.js";
import "./chunk-4DX2ZBNB.js";
import "./chunk-FQJKKEJP.js";
import "./chunk-F2VQ6EFB.js";
export {
  compilePolicy,
  decide
};
