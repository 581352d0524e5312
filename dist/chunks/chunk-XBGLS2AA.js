import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-LBIEHBQX.js";
import {
  walkFiles
} from "./chunk-HTJE5MBF.js";
import {
  UsageError
} from "./chunk-6RCGQYBU.js";
import {
  __toESM
} from "./chunk-F2VQ6EFB.js";

// src/replay/files.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { accessSync, constants, statSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
var MAX_WALK = 2e5, STDIN = "-", STDIN_PATH = "/dev/stdin", STDIN_FD = 0;
function toPosix(p) {
  return sep === "/" ? p : p.split(sep).join("/");
}
function resolveLogs(values, cwd) {
  let files = [], findings = [], seen = /* @__PURE__ */ new Set(), push = (f) => {
    seen.has(f) || (seen.add(f), files.push(f));
  };
  for (let value of values) {
    if (value === STDIN || value === STDIN_PATH) {
      push(STDIN);
      continue;
    }
    let scan = import_picomatch.default.scan(toPosix(value));
    if (!scan.isGlob) {
      let abs = resolve(cwd, value), st;
      try {
        st = statSync(abs);
      } catch {
        throw new UsageError(`cannot read agent log "${value}": no such file`, 'Check the path, or quote a glob: --agent-log "logs/*.jsonl".');
      }
      if (st.isDirectory()) throw new UsageError(`agent log "${value}" is a directory`, `Use a glob to replay the logs in it: --agent-log "${toPosix(value).replace(/\/$/, "")}/**/*.jsonl".`);
      try {
        accessSync(abs, constants.R_OK);
      } catch {
        throw new UsageError(`cannot read agent log "${value}": permission denied`);
      }
      push(abs);
      continue;
    }
    let base = resolve(cwd, scan.base || "."), pattern = toPosix(value).replace(/^\.\//, ""), absolute = isAbsolute(value), isMatch = (0, import_picomatch.default)(absolute ? toPosix(resolve(value)) : pattern, { dot: !0 }), matched = walkFiles(base, void 0, MAX_WALK).filter((f) => isMatch(toPosix(absolute ? f : relative(cwd, f)))).sort();
    matched.length === 0 && findings.push({
      ruleId: "replay-no-log-match",
      severity: "warning",
      file: value,
      line: 0,
      column: 0,
      message: `--agent-log "${value}" matched no file; nothing was replayed for it`,
      hint: "Check the pattern and the working directory."
    });
    for (let f of matched) push(f);
  }
  return { files, findings };
}

export {
  STDIN,
  STDIN_FD,
  resolveLogs
};
