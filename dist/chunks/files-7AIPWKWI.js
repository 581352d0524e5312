import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import "./chunk-JV4UYWJ7.js";
import {
  decide
} from "./chunk-63G4IUUI.js";
import {
  compilePolicy
} from "./chunk-AAX3DPSD.js";
import "./chunk-ENXBM3QM.js";
import "./chunk-GAAXGPCR.js";
import "./chunk-S3IVJAJC.js";
import "./chunk-J2SDL2FQ.js";
import "./chunk-ESNHMRV6.js";
import "./chunk-LQCPPXLP.js";
import "./chunk-VHMJ7I3X.js";
import "./chunk-FMQ4FTVJ.js";
import "./chunk-F2VQ6EFB.js";
export {
  compilePolicy,
  decide
};
