import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  findingEvents,
  formatOcsf
} from "./chunk-PZZEZY2H.js";
import "./chunk-V6QRIEBS.js";
import "./chunk-F2VQ6EFB.js";
export {
  findingEvents,
  formatOcsf
};
