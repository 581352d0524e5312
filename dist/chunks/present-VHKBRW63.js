import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  DRIFT_FILES,
  PROJECT_FILES,
  nativeFilesIn,
  projectFilesIn
} from "./chunk-RWTZDASI.js";
import "./chunk-SVDZDYXD.js";
import "./chunk-F2VQ6EFB.js";
export {
  DRIFT_FILES,
  PROJECT_FILES,
  nativeFilesIn,
  projectFilesIn
};
