import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  loadBypasses,
  writeBypassRecord
} from "./chunk-GC7MSRRD.js";
import "./chunk-UKSESNFL.js";
import "./chunk-D3BE2XZL.js";
import "./chunk-Y7RLUBF5.js";
import "./chunk-L2VISDM4.js";
import "./chunk-PQYUBJ4E.js";
import "./chunk-FMQ4FTVJ.js";
import "./chunk-F2VQ6EFB.js";
export {
  loadBypasses,
  writeBypassRecord
};
