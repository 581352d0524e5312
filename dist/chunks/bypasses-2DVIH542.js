import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  loadBypasses,
  writeBypassRecord
} from "./chunk-G2MUE4T6.js";
import "./chunk-UKSESNFL.js";
import "./chunk-MZ5UDJ5T.js";
import "./chunk-Y7RLUBF5.js";
import "./chunk-S7JZTWLC.js";
import "./chunk-C476WVJM.js";
import "./chunk-QKDWQX2G.js";
import "./chunk-F2VQ6EFB.js";
export {
  loadBypasses,
  writeBypassRecord
};
