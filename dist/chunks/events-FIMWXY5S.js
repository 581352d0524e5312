import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  OCSF_VERSION,
  ocsfDecisionEvent,
  ocsfFindingEvent
} from "./chunk-G52YLVTD.js";
import "./chunk-F2VQ6EFB.js";
export {
  OCSF_VERSION,
  ocsfDecisionEvent,
  ocsfFindingEvent
};
