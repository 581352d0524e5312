import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  loadBypasses,
  writeBypassRecord
} from "./chunk-Q3NPSGRB.js";
import "./chunk-UKSESNFL.js";
import "./chunk-K5MJO4HL.js";
import "./chunk-IHXNDDX3.js";
import "./chunk-QAVGCWHS.js";
import "./chunk-2ZJFRSFH.js";
import "./chunk-F2VQ6EFB.js";
export {
  loadBypasses,
  writeBypassRecord
};
