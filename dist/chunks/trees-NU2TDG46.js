import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import "./chunk-DXYBAHJO.js";
import "./chunk-VUNKACUS.js";
import "./chunk-VNHIW7E3.js";
import "./chunk-DUFMWMGU.js";
import "./chunk-FMQ4FTVJ.js";
import "./chunk-F2VQ6EFB.js";
