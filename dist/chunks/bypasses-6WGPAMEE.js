import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  loadBypasses,
  writeBypassRecord
} from "./chunk-7QXX726K.js";
import "./chunk-UKSESNFL.js";
import "./chunk-FOWFNO3J.js";
import "./chunk-FKE7KP6U.js";
import "./chunk-M5LYIKLQ.js";
import "./chunk-2ZJFRSFH.js";
import "./chunk-F2VQ6EFB.js";
export {
  loadBypasses,
  writeBypassRecord
};
