import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// src/native/positions.ts
var LineIndex = class {
  starts = [0];
  constructor(text) {
    for (let i = 0; i < text.length; i++) text.charCodeAt(i) === 10 && this.starts.push(i + 1);
  }
  /** 1-based line and column of a 0-based offset. */
  at(offset) {
    let lo = 0, hi = this.starts.length - 1;
    for (; lo < hi; ) {
      let mid = lo + hi + 1 >> 1;
      this.starts[mid] <= offset ? lo = mid : hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
};
function oneLine(text, max = 80) {
  let flat = text.replace(/[\u0000-\u001f\u007f]/g, (c) => c === `
` ? "\\n" : c === "	" ? "\\t" : " ");
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}

export {
  LineIndex,
  oneLine
};
