import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import "./chunk-2PS23LMK.js";
import {
  decide
} from "./chunk-Z5QWSXOT.js";
import "./chunk-BRBV4RG4.js";
import "./chunk-MZ5UDJ5T.js";
import "./chunk-Y7RLUBF5.js";
import {
  compilePolicy,
  decidingAgent
} from "./chunk-IF4PAQZA.js";
import "./chunk-GD7F3X4Y.js";
import "./chunk-OEO5SK3Q.js";
import "./chunk-S7JZTWLC.js";
import "./chunk-OV6T7UT3.js";
import "./chunk-ESNHMRV6.js";
import "./chunk-MSHUNXH2.js";
import "./chunk-WYZTER5B.js";
import "./chunk-VNHIW7E3.js";
import "./chunk-QO2QLWKS.js";
import "./chunk-C476WVJM.js";
import "./chunk-QKDWQX2G.js";
import "./chunk-F2VQ6EFB.js";
export {
  compilePolicy,
  decide,
  decidingAgent
};
