import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import "./chunk-H5NJROG2.js";
import "./chunk-TJ22DAK5.js";
import "./chunk-VNHIW7E3.js";
import "./chunk-M5LYIKLQ.js";
import "./chunk-2ZJFRSFH.js";
import "./chunk-F2VQ6EFB.js";
