import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-LBIEHBQX.js";
import "./chunk-F2VQ6EFB.js";
export default require_picomatch();
