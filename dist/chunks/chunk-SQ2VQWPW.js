import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  starExamples
} from "./chunk-GHWK3RUF.js";

// src/native/witness.ts
function globExamples(glob) {
  let base = glob.replace(/^\/+/, ""), filled = base.replace(/\*\*\//g, "").replace(/\/\*\*$/, "/x").replace(/\*\*/g, "x").replace(/\*/g, "x").replace(/\?/g, "x").replace(/\{([^,}]*)[^}]*\}/g, "$1").replace(/\[([^\]])[^\]]*\]/g, "$1"), nested = base.replace(/\*\*\//g, "a/").replace(/\*\*/g, "a/x").replace(/\*/g, "x").replace(/\?/g, "x").replace(/\{([^,}]*)[^}]*\}/g, "$1").replace(/\[([^\]])[^\]]*\]/g, "$1");
  return [.../* @__PURE__ */ new Set([filled, nested, base.includes("/") ? filled : `sub/${filled}`])].filter((p) => p !== "");
}
function commandExamples(pattern) {
  return starExamples(pattern);
}
function hostExamples(pattern) {
  return [pattern.replace(/^\*\./, "x.").replace(/\*/g, "x")];
}

export {
  globExamples,
  commandExamples,
  hostExamples
};
