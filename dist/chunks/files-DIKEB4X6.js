import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import "./chunk-JV4UYWJ7.js";
import {
  decide
} from "./chunk-DMJSEGUJ.js";
import {
  compilePolicy
} from "./chunk-RWEGZUW6.js";
import "./chunk-SHZN6C7X.js";
import "./chunk-MEUNCPUN.js";
import "./chunk-V5PX7ZKJ.js";
import "./chunk-YBE6BS43.js";
import "./chunk-ESNHMRV6.js";
import "./chunk-LQCPPXLP.js";
import "./chunk-DUFMWMGU.js";
import "./chunk-FMQ4FTVJ.js";
import "./chunk-F2VQ6EFB.js";
export {
  compilePolicy,
  decide
};
