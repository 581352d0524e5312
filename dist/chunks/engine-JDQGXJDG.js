import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import "./chunk-2PS23LMK.js";
import {
  decide
} from "./chunk-HP2BC5NE.js";
import "./chunk-LKSXDKCD.js";
import "./chunk-QVFDBRCA.js";
import {
  compilePolicy,
  decidingAgent
} from "./chunk-W7M2LM5F.js";
import "./chunk-DC4LJQ2I.js";
import "./chunk-XSNKXHAU.js";
import "./chunk-G5YPNWKZ.js";
import "./chunk-OV6T7UT3.js";
import "./chunk-JAQE65RL.js";
import "./chunk-RY24UR2F.js";
import "./chunk-X5AL74K3.js";
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
