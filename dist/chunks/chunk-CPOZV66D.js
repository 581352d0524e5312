import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// src/fd-write.ts
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

export {
  writeText,
  writeBytes
};
