import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import "./chunk-IBJVFTNQ.js";
import {
  compilePolicy,
  decide
} from "./chunk-NN67UIMA.js";
import "./chunk-PBLXQTYW.js";
import "./chunk-7NJAEVY3.js";
import "./chunk-F2VQ6EFB.js";
export {
  compilePolicy,
  decide
};
