import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  findingEvents,
  formatOcsf
} from "./chunk-65Y3LWNR.js";
import "./chunk-TORH52MZ.js";
import "./chunk-F2VQ6EFB.js";
export {
  findingEvents,
  formatOcsf
};
