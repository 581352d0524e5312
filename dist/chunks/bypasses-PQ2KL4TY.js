import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  loadBypasses,
  writeBypassRecord
} from "./chunk-QR2ZJAWE.js";
import "./chunk-UKSESNFL.js";
import "./chunk-JPXHERZR.js";
import "./chunk-DKKQZA53.js";
import "./chunk-FQJKKEJP.js";
import "./chunk-F2VQ6EFB.js";
export {
  loadBypasses,
  writeBypassRecord
};
