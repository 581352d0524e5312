import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import "./chunk-2PS23LMK.js";
import {
  decide
} from "./chunk-MMR6YS75.js";
import "./chunk-3VP6IAVC.js";
import "./chunk-HSRCDONS.js";
import "./chunk-Y7RLUBF5.js";
import {
  compilePolicy,
  decidingAgent
} from "./chunk-6FOMXJET.js";
import "./chunk-ENXBM3QM.js";
import "./chunk-YVGQUUVO.js";
import "./chunk-LSFQXC5A.js";
import "./chunk-J2SDL2FQ.js";
import "./chunk-ESNHMRV6.js";
import "./chunk-YW2IXIIF.js";
import "./chunk-4O7U7G4Y.js";
import "./chunk-VNHIW7E3.js";
import "./chunk-LQCPPXLP.js";
import "./chunk-VHMJ7I3X.js";
import "./chunk-FMQ4FTVJ.js";
import "./chunk-F2VQ6EFB.js";
export {
  compilePolicy,
  decide,
  decidingAgent
};
