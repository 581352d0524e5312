import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import "./chunk-RY24UR2F.js";
import "./chunk-X5AL74K3.js";
import "./chunk-VNHIW7E3.js";
import "./chunk-RS5AEPAD.js";
import "./chunk-2ZJFRSFH.js";
import "./chunk-F2VQ6EFB.js";
