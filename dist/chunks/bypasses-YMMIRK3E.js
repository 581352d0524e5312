import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  loadBypasses,
  writeBypassRecord
} from "./chunk-7BR6SE7Z.js";
import "./chunk-UKSESNFL.js";
import "./chunk-EDXFCGV5.js";
import "./chunk-FKE7KP6U.js";
import "./chunk-M5LYIKLQ.js";
import "./chunk-2ZJFRSFH.js";
import "./chunk-F2VQ6EFB.js";
export {
  loadBypasses,
  writeBypassRecord
};
