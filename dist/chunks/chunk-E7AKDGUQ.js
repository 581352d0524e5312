import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  helpUri
} from "./chunk-3M3UEKFW.js";
import {
  compareFindings
} from "./chunk-GRFHVHPK.js";

// src/report/prepare.ts
import { isAbsolute, relative, sep } from "node:path";
function prepareFindings(findings, cwd) {
  let rel = (f) => {
    if (!f || !isAbsolute(f)) return f;
    let r = relative(cwd, f);
    return (r === "" ? "." : r).split(sep).join("/");
  };
  return findings.map((f) => ({
    ...f,
    file: rel(f.file),
    helpUri: f.helpUri ?? helpUri(f.ruleId),
    related: f.related?.map((r) => ({ ...r, file: rel(r.file) }))
  })).sort(compareFindings);
}

export {
  prepareFindings
};
