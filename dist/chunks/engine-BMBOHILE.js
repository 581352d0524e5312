import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import "./chunk-2PS23LMK.js";
import {
  decide
} from "./chunk-JEAMITY4.js";
import "./chunk-BS3PJI7B.js";
import "./chunk-D3BE2XZL.js";
import "./chunk-Y7RLUBF5.js";
import {
  compilePolicy,
  decidingAgent
} from "./chunk-5Z667LLZ.js";
import "./chunk-X5ODPLFX.js";
import "./chunk-OOOWHB5U.js";
import "./chunk-L2VISDM4.js";
import "./chunk-J2SDL2FQ.js";
import "./chunk-ESNHMRV6.js";
import "./chunk-VR2NU5WA.js";
import "./chunk-5D475B4P.js";
import "./chunk-VNHIW7E3.js";
import "./chunk-LQCPPXLP.js";
import "./chunk-PQYUBJ4E.js";
import "./chunk-FMQ4FTVJ.js";
import "./chunk-F2VQ6EFB.js";
export {
  compilePolicy,
  decide,
  decidingAgent
};
