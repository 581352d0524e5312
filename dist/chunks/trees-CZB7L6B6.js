import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import "./chunk-NT2RYYHV.js";
import "./chunk-BFSFYYCH.js";
import "./chunk-VNHIW7E3.js";
import "./chunk-QTZWARVO.js";
import "./chunk-2ZJFRSFH.js";
import "./chunk-F2VQ6EFB.js";
