import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import "./chunk-T6FRKWIA.js";
import "./chunk-QPTNXJ7K.js";
import "./chunk-VNHIW7E3.js";
import "./chunk-UHEJFXOP.js";
import "./chunk-2ZJFRSFH.js";
import "./chunk-F2VQ6EFB.js";
