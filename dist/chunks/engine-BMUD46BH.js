import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import "./chunk-BIHICGTY.js";
import {
  compilePolicy,
  decide
} from "./chunk-HQR5EJXU.js";
import "./chunk-PBLXQTYW.js";
import "./chunk-ESYYHGIW.js";
import "./chunk-F2VQ6EFB.js";
export {
  compilePolicy,
  decide
};
