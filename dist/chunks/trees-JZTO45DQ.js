import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import "./chunk-PLDSCZDN.js";
import "./chunk-HRZ43LG3.js";
import "./chunk-VNHIW7E3.js";
import "./chunk-B3NYTH4F.js";
import "./chunk-2ZJFRSFH.js";
import "./chunk-F2VQ6EFB.js";
