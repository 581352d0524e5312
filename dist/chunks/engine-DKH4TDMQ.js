import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import "./chunk-2PS23LMK.js";
import {
  decide
} from "./chunk-JW4I7O7O.js";
import "./chunk-X2ZLEXY4.js";
import "./chunk-MDBCHI7S.js";
import {
  compilePolicy,
  decidingAgent
} from "./chunk-74PK2XDU.js";
import "./chunk-TYL56GRU.js";
import "./chunk-LKXJFNGC.js";
import "./chunk-USJY5TIR.js";
import "./chunk-OV6T7UT3.js";
import "./chunk-JAQE65RL.js";
import "./chunk-T6FRKWIA.js";
import "./chunk-QPTNXJ7K.js";
import "./chunk-VNHIW7E3.js";
import "./chunk-4DX2ZBNB.js";
import "./chunk-UHEJFXOP.js";
import "./chunk-2ZJFRSFH.js";
import "./chunk-F2VQ6EFB.js";
export {
  compilePolicy,
  decide,
  decidingAgent
};
