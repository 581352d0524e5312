import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  loadBypasses,
  writeBypassRecord
} from "./chunk-TBGLGZO4.js";
import "./chunk-UKSESNFL.js";
import "./chunk-67RDTZAY.js";
import "./chunk-S7JZTWLC.js";
import "./chunk-C476WVJM.js";
import "./chunk-QKDWQX2G.js";
import "./chunk-F2VQ6EFB.js";
export {
  loadBypasses,
  writeBypassRecord
};
