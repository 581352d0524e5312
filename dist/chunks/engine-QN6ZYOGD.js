import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import "./chunk-2PS23LMK.js";
import {
  decide
} from "./chunk-SMMPZHUJ.js";
import "./chunk-PUJ473T7.js";
import "./chunk-BIVUCO7X.js";
import {
  compilePolicy,
  decidingAgent
} from "./chunk-HGLTWLXN.js";
import "./chunk-5H5YGUTW.js";
import "./chunk-XSNKXHAU.js";
import "./chunk-G5YPNWKZ.js";
import "./chunk-OV6T7UT3.js";
import "./chunk-F2P4IBUD.js";
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
