import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  writeText
} from "./chunk-CPOZV66D.js";
import {
  UsageError
} from "./chunk-6RCGQYBU.js";

// src/lint/report-file.ts
import { closeSync, mkdirSync, openSync } from "node:fs";
import { dirname } from "node:path";
var REASONS = {
  EISDIR: "it is a directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  EROFS: "the file system is read-only",
  ENOTDIR: "a part of the path is a file, not a directory",
  EEXIST: "a part of the path is a file, not a directory",
  ENAMETOOLONG: "the name is too long"
};
function writeReportFile(path, shownAs, chunks) {
  try {
    mkdirSync(dirname(path), { recursive: !0 });
    let fd = openSync(path, "w");
    try {
      for (let text of chunks) writeText(fd, text);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    let code = e.code ?? "", reason = REASONS[code];
    throw reason === void 0 ? e : new UsageError(`cannot write the report to "${shownAs}": ${reason}`, "Choose another --output path.");
  }
}

export {
  writeReportFile
};
