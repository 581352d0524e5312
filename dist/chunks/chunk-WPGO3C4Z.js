import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-6RCGQYBU.js";

// src/lint/report-file.ts
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
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
      for (let text of chunks) writeAll(fd, Buffer.from(text, "utf8"));
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    let code = e.code ?? "", reason = REASONS[code];
    throw reason === void 0 ? e : new UsageError(`cannot write the report to "${shownAs}": ${reason}`, "Choose another --output path.");
  }
}
function writeAll(fd, bytes) {
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
}

export {
  writeReportFile
};
