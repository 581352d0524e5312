import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import "./chunk-2PS23LMK.js";
import {
  decide
} from "./chunk-Y5OW7QAB.js";
import "./chunk-X4AA7ZQY.js";
import {
  compilePolicy,
  decidingAgent
} from "./chunk-FT4SG4MY.js";
import "./chunk-PBLXQTYW.js";
import "./chunk-ESYYHGIW.js";
import "./chunk-F2VQ6EFB.js";
export {
  compilePolicy,
  decide,
  decidingAgent
};
