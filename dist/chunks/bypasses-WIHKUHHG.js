import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  loadBypasses,
  writeBypassRecord
} from "./chunk-JCXVYEWC.js";
import "./chunk-UKSESNFL.js";
import "./chunk-BIVUCO7X.js";
import "./chunk-G5YPNWKZ.js";
import "./chunk-RS5AEPAD.js";
import "./chunk-2ZJFRSFH.js";
import "./chunk-F2VQ6EFB.js";
export {
  loadBypasses,
  writeBypassRecord
};
