import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import "./chunk-JV4UYWJ7.js";
import {
  decide
} from "./chunk-Y5OW7QAB.js";
import {
  compilePolicy
} from "./chunk-FT4SG4MY.js";
import "./chunk-ESYYHGIW.js";
import "./chunk-F2VQ6EFB.js";
export {
  compilePolicy,
  decide
};
