import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import "./chunk-P7DUXPVB.js";
import "./chunk-JPXHERZR.js";
import "./chunk-JKZLUOBV.js";
import "./chunk-6HYOXBN2.js";
import "./chunk-DKKQZA53.js";
import "./chunk-FQJKKEJP.js";
import "./chunk-F2VQ6EFB.js";
