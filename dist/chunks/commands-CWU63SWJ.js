import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import "./chunk-X4AA7ZQY.js";
import "./chunk-FT4SG4MY.js";
import "./chunk-PBLXQTYW.js";
import "./chunk-ESYYHGIW.js";
import "./chunk-F2VQ6EFB.js";
