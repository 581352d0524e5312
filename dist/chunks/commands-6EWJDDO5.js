import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import "./chunk-YU7LAY4H.js";
import "./chunk-GEREUT2H.js";
import "./chunk-RL2AX7IG.js";
import "./chunk-C3B5P5JP.js";
import "./chunk-AH7G4WBL.js";
import "./chunk-FQJKKEJP.js";
import "./chunk-F2VQ6EFB.js";
