import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-6RCGQYBU.js";

// src/lint/report-file.ts
import { closeSync, mkdirSync, openSync } from "node:fs";
import { dirname } from "node:path";

// src/lint/fd-write.ts
import { writeSync } from "node:fs";
var UNITS = 1 << 18, scratch;
function writeText(fd, text) {
  scratch ??= Buffer.allocUnsafeSlow(UNITS * 3);
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + UNITS), last = text.charCodeAt(end - 1);
    end < text.length && last >= 55296 && last <= 56319 && end--;
    let n = scratch.write(at === 0 && end === text.length ? text : text.slice(at, end), 0, "utf8");
    writeBytes(fd, scratch.subarray(0, n)), at = end;
  }
}
function writeBytes(fd, bytes) {
  let at = 0;
  for (; at < bytes.length; )
    try {
      at += writeSync(fd, bytes, at);
    } catch (e) {
      if (e.code !== "EAGAIN") throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
}

// src/lint/report-file.ts
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
  writeText,
  writeBytes,
  writeReportFile
};
