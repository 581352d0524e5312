import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  loadBypasses,
  writeBypassRecord
} from "./chunk-GDP7F25S.js";
import "./chunk-UKSESNFL.js";
import "./chunk-ABQ5D6RS.js";
import "./chunk-Y7RLUBF5.js";
import "./chunk-V5PX7ZKJ.js";
import "./chunk-DUFMWMGU.js";
import "./chunk-FMQ4FTVJ.js";
import "./chunk-F2VQ6EFB.js";
export {
  loadBypasses,
  writeBypassRecord
};
