import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import "./chunk-JV4UYWJ7.js";
import {
  decide
} from "./chunk-UD5WOERO.js";
import {
  compilePolicy
} from "./chunk-K2KMV4ST.js";
import "./chunk-KMOMTPRU.js";
import "./chunk-KLBBZS3X.js";
import "./chunk-IHXNDDX3.js";
import "./chunk-OV6T7UT3.js";
import "./chunk-RSI6WT2H.js";
import "./chunk-4DX2ZBNB.js";
import "./chunk-QAVGCWHS.js";
import "./chunk-2ZJFRSFH.js";
import "./chunk-F2VQ6EFB.js";
export {
  compilePolicy,
  decide
};
