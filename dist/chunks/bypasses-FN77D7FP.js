import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  loadBypasses,
  writeBypassRecord
} from "./chunk-HY3YNENZ.js";
import "./chunk-UKSESNFL.js";
import "./chunk-ZSE2J2HR.js";
import "./chunk-Y7RLUBF5.js";
import "./chunk-S3IVJAJC.js";
import "./chunk-VHMJ7I3X.js";
import "./chunk-FMQ4FTVJ.js";
import "./chunk-F2VQ6EFB.js";
export {
  loadBypasses,
  writeBypassRecord
};
