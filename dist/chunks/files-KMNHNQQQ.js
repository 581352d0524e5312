import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import "./chunk-JV4UYWJ7.js";
import {
  decide
} from "./chunk-BOQJ2NPQ.js";
import {
  compilePolicy
} from "./chunk-RJVIV4QU.js";
import "./chunk-C3B5P5JP.js";
import "./chunk-AH7G4WBL.js";
import "./chunk-4DX2ZBNB.js";
import "./chunk-FQJKKEJP.js";
import "./chunk-F2VQ6EFB.js";
export {
  compilePolicy,
  decide
};
