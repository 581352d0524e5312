import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import "./chunk-MSHUNXH2.js";
import "./chunk-WYZTER5B.js";
import "./chunk-VNHIW7E3.js";
import "./chunk-C476WVJM.js";
import "./chunk-QKDWQX2G.js";
import "./chunk-F2VQ6EFB.js";
