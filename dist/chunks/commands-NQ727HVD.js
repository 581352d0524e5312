import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import "./chunk-PARPLOWV.js";
import "./chunk-JPXHERZR.js";
import "./chunk-T3FAVG5F.js";
import "./chunk-SOWHKH5M.js";
import "./chunk-DKKQZA53.js";
import "./chunk-FQJKKEJP.js";
import "./chunk-F2VQ6EFB.js";
