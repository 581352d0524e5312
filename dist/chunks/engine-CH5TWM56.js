import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import "./chunk-2PS23LMK.js";
import {
  decide
} from "./chunk-BZRD7IQJ.js";
import "./chunk-AXYS2USG.js";
import "./chunk-EDXFCGV5.js";
import {
  compilePolicy,
  decidingAgent
} from "./chunk-3IRPUQVA.js";
import "./chunk-D7H32MZO.js";
import "./chunk-HNYXSKG6.js";
import "./chunk-FKE7KP6U.js";
import "./chunk-OV6T7UT3.js";
import "./chunk-ESNHMRV6.js";
import "./chunk-H5NJROG2.js";
import "./chunk-TJ22DAK5.js";
import "./chunk-VNHIW7E3.js";
import "./chunk-QO2QLWKS.js";
import "./chunk-M5LYIKLQ.js";
import "./chunk-2ZJFRSFH.js";
import "./chunk-F2VQ6EFB.js";
export {
  compilePolicy,
  decide,
  decidingAgent
};
