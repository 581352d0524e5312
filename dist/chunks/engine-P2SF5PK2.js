import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import "./chunk-2PS23LMK.js";
import {
  decide
} from "./chunk-R2XANJDS.js";
import "./chunk-ONA453ZH.js";
import "./chunk-Q455GE6X.js";
import {
  compilePolicy,
  decidingAgent
} from "./chunk-7VOHUB3T.js";
import "./chunk-DC4LJQ2I.js";
import "./chunk-XSNKXHAU.js";
import "./chunk-G5YPNWKZ.js";
import "./chunk-OV6T7UT3.js";
import "./chunk-JAQE65RL.js";
import "./chunk-RHYOTXIC.js";
import "./chunk-QIQAVTVQ.js";
import "./chunk-VNHIW7E3.js";
import "./chunk-4DX2ZBNB.js";
import "./chunk-RS5AEPAD.js";
import "./chunk-2ZJFRSFH.js";
import "./chunk-F2VQ6EFB.js";
export {
  compilePolicy,
  decide,
  decidingAgent
};
