import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  CONFIDENCES,
  CONFIDENCE_RANK,
  builtinSignals,
  policyDetection,
  readPolicyDetection,
  withPolicy
} from "./chunk-XVUDAKGA.js";
import "./chunk-F2VQ6EFB.js";
export {
  CONFIDENCES,
  CONFIDENCE_RANK,
  builtinSignals,
  policyDetection,
  readPolicyDetection,
  withPolicy
};
