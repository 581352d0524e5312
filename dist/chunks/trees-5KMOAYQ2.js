import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import "./chunk-VR2NU5WA.js";
import "./chunk-5D475B4P.js";
import "./chunk-VNHIW7E3.js";
import "./chunk-PQYUBJ4E.js";
import "./chunk-FMQ4FTVJ.js";
import "./chunk-F2VQ6EFB.js";
