import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// src/walk.ts
import { readdirSync } from "node:fs";
import { join } from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules"]);
function walkFiles(root, keep = () => !0, limit = 1 / 0) {
  let out = [], seen = 0, walk = (dir) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: !0 });
    } catch {
      return;
    }
    for (let e of entries) {
      if (++seen > limit) return;
      e.isDirectory() ? SKIP_DIRS.has(e.name) || walk(join(dir, e.name)) : e.isFile() && keep(e.name) && out.push(join(dir, e.name));
    }
  };
  return walk(root), out;
}

export {
  walkFiles
};
