import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  compilePolicy,
  decide
} from "./chunk-FRBHHA5M.js";
import "./chunk-ESYYHGIW.js";
import "./chunk-F2VQ6EFB.js";
export {
  compilePolicy,
  decide
};
