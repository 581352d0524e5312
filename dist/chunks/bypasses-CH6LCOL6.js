import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  loadBypasses,
  writeBypassRecord
} from "./chunk-CH34PGQ6.js";
import "./chunk-UKSESNFL.js";
import "./chunk-K3XQA7MQ.js";
import "./chunk-AH7G4WBL.js";
import "./chunk-FQJKKEJP.js";
import "./chunk-F2VQ6EFB.js";
export {
  loadBypasses,
  writeBypassRecord
};
