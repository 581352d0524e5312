import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// src/links.ts
import { realpathSync } from "node:fs";
import { basename, dirname, join, resolve, sep } from "node:path";
function realPathOf(abs) {
  let rest = [], head = abs;
  for (; ; )
    try {
      let real = realpathSync.native(head);
      return rest.length === 0 ? real : join(real, ...rest.reverse());
    } catch {
      let parent = dirname(head);
      if (parent === head) return;
      rest.push(basename(head)), head = parent;
    }
}
function linkResolver(root) {
  let realRoot = realPathOf(root) ?? root;
  return (path, cwd) => {
    if (path === "" || path.startsWith("~")) return;
    let written = path.startsWith("/") ? path : `${cwd ?? root}/${path}`, real = realPathOf(written);
    if (real === void 0) return;
    let mapped = real === realRoot ? root : real.startsWith(realRoot + sep) ? root + real.slice(realRoot.length) : real;
    return mapped === resolve(written) ? void 0 : mapped;
  };
}

export {
  linkResolver
};
