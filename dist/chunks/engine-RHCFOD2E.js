import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import "./chunk-2PS23LMK.js";
import {
  decide
} from "./chunk-XARH5STB.js";
import "./chunk-3WGFDM6W.js";
import "./chunk-AVO3BJFF.js";
import {
  compilePolicy,
  decidingAgent
} from "./chunk-A65VQC7Q.js";
import "./chunk-VIUXCTBF.js";
import "./chunk-VCZ4PFFT.js";
import "./chunk-5LL3UP6J.js";
import "./chunk-OV6T7UT3.js";
import "./chunk-ESNHMRV6.js";
import "./chunk-NT2RYYHV.js";
import "./chunk-BFSFYYCH.js";
import "./chunk-VNHIW7E3.js";
import "./chunk-QO2QLWKS.js";
import "./chunk-QTZWARVO.js";
import "./chunk-2ZJFRSFH.js";
import "./chunk-F2VQ6EFB.js";
export {
  compilePolicy,
  decide,
  decidingAgent
};
