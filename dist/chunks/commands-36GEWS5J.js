import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import "./chunk-H6AA7EHS.js";
import "./chunk-JPXHERZR.js";
import "./chunk-RJVIV4QU.js";
import "./chunk-C3B5P5JP.js";
import "./chunk-AH7G4WBL.js";
import "./chunk-FQJKKEJP.js";
import "./chunk-F2VQ6EFB.js";
