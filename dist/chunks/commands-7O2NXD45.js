import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import "./chunk-U2Y5E5BB.js";
import "./chunk-K3XQA7MQ.js";
import "./chunk-RJVIV4QU.js";
import "./chunk-C3B5P5JP.js";
import "./chunk-AH7G4WBL.js";
import "./chunk-FQJKKEJP.js";
import "./chunk-F2VQ6EFB.js";
