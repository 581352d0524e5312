import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// src/match/apply-patch.ts
var WRITE_HEADERS = ["*** Add File: ", "*** Update File: ", "*** Move to: "], DELETE_HEADER = "*** Delete File: ";
function patchTargets(text) {
  let write = /* @__PURE__ */ new Set(), del = /* @__PURE__ */ new Set();
  for (let raw of text.split(`
`)) {
    let line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.startsWith("*** ")) {
      if (line.startsWith(DELETE_HEADER)) {
        let p = line.slice(DELETE_HEADER.length).trim();
        p && del.add(p);
        continue;
      }
      for (let h of WRITE_HEADERS)
        if (line.startsWith(h)) {
          let p = line.slice(h.length).trim();
          p && write.add(p);
          break;
        }
    }
  }
  return { write: [...write], delete: [...del] };
}

export {
  patchTargets
};
