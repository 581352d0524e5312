import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import "./chunk-2PS23LMK.js";
import {
  decide
} from "./chunk-63G4IUUI.js";
import "./chunk-5AALOEFZ.js";
import "./chunk-ZSE2J2HR.js";
import "./chunk-Y7RLUBF5.js";
import {
  compilePolicy,
  decidingAgent
} from "./chunk-AAX3DPSD.js";
import "./chunk-ENXBM3QM.js";
import "./chunk-GAAXGPCR.js";
import "./chunk-S3IVJAJC.js";
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
