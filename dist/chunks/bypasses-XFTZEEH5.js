import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  loadBypasses,
  writeBypassRecord
} from "./chunk-F4FJPWS6.js";
import "./chunk-UKSESNFL.js";
import "./chunk-B5C4ILN5.js";
import "./chunk-Y6XJUTQZ.js";
import "./chunk-B3NYTH4F.js";
import "./chunk-2ZJFRSFH.js";
import "./chunk-F2VQ6EFB.js";
export {
  loadBypasses,
  writeBypassRecord
};
