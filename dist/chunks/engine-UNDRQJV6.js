import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import "./chunk-2PS23LMK.js";
import "./chunk-P7DUXPVB.js";
import "./chunk-JPXHERZR.js";
import {
  decide
} from "./chunk-RDQS4ZIX.js";
import {
  compilePolicy,
  decidingAgent
} from "./chunk-JKZLUOBV.js";
import "./chunk-6HYOXBN2.js";
import "./chunk-DKKQZA53.js";
import "./chunk-4DX2ZBNB.js";
import "./chunk-FQJKKEJP.js";
import "./chunk-F2VQ6EFB.js";
export {
  compilePolicy,
  decide,
  decidingAgent
};
