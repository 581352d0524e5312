import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import "./chunk-JV4UYWJ7.js";
import {
  decide
} from "./chunk-JEAMITY4.js";
import {
  compilePolicy
} from "./chunk-5Z667LLZ.js";
import "./chunk-X5ODPLFX.js";
import "./chunk-OOOWHB5U.js";
import "./chunk-L2VISDM4.js";
import "./chunk-J2SDL2FQ.js";
import "./chunk-ESNHMRV6.js";
import "./chunk-LQCPPXLP.js";
import "./chunk-PQYUBJ4E.js";
import "./chunk-FMQ4FTVJ.js";
import "./chunk-F2VQ6EFB.js";
export {
  compilePolicy,
  decide
};
