import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import "./chunk-2PS23LMK.js";
import {
  decide
} from "./chunk-2KCS2HL7.js";
import "./chunk-YOWG3CF6.js";
import "./chunk-CK3TUVGB.js";
import {
  compilePolicy,
  decidingAgent
} from "./chunk-FZBQDNQK.js";
import "./chunk-J7SUFYMY.js";
import "./chunk-2TPWQHTE.js";
import "./chunk-Y6XJUTQZ.js";
import "./chunk-OV6T7UT3.js";
import "./chunk-JAQE65RL.js";
import "./chunk-PLDSCZDN.js";
import "./chunk-HRZ43LG3.js";
import "./chunk-VNHIW7E3.js";
import "./chunk-4DX2ZBNB.js";
import "./chunk-B3NYTH4F.js";
import "./chunk-2ZJFRSFH.js";
import "./chunk-F2VQ6EFB.js";
export {
  compilePolicy,
  decide,
  decidingAgent
};
