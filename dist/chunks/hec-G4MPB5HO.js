import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  HEC_SOURCETYPE,
  hecEnvelope
} from "./chunk-UHXS73HR.js";
import "./chunk-F2VQ6EFB.js";
export {
  HEC_SOURCETYPE,
  hecEnvelope
};
