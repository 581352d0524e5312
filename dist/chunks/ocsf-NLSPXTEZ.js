import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  findingEvents,
  formatOcsf
} from "./chunk-2SZDT3NJ.js";
import "./chunk-G52YLVTD.js";
import "./chunk-F2VQ6EFB.js";
export {
  findingEvents,
  formatOcsf
};
