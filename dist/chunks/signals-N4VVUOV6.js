import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  commitSignals,
  detectAgent,
  identityAgent,
  pullRequestSignals,
  textSignals
} from "./chunk-NM66MRSP.js";
import "./chunk-XVUDAKGA.js";
import "./chunk-F2VQ6EFB.js";
export {
  commitSignals,
  detectAgent,
  identityAgent,
  pullRequestSignals,
  textSignals
};
