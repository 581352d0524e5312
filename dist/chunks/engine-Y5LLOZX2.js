import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import "./chunk-3K6WF7OC.js";
import {
  compilePolicy,
  decide,
  decidingAgent
} from "./chunk-JLKIQI33.js";
import "./chunk-PBLXQTYW.js";
import "./chunk-ESYYHGIW.js";
import "./chunk-F2VQ6EFB.js";
export {
  compilePolicy,
  decide,
  decidingAgent
};
