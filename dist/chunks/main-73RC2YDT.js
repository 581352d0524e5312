import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  LINT_USAGE,
  parseLintArgs
} from "./chunk-MBKERYEW.js";
import "./chunk-4ZWHCVI7.js";
import "./chunk-O3G5XKBQ.js";
import {
  VERSION
} from "./chunk-TBDWGYFU.js";
import {
  UsageError
} from "./chunk-6RCGQYBU.js";
import "./chunk-F2VQ6EFB.js";

// src/cli/fail.ts
function fail(e) {
  if (e instanceof UsageError)
    return process.stderr.write(`agent-policy-lint: ${e.message}
`), e.hint && process.stderr.write(`${e.hint}
`), e.exitCode;
  let err = e;
  return err?.syscall === "write" && typeof err.code == "string" ? (err.code !== "EPIPE" && process.stderr.write(`agent-policy-lint: could not write the report: ${err.message}
`), 2) : (process.stderr.write(`agent-policy-lint: internal error: ${err?.message ?? String(e)}
`), process.env.AGENT_POLICY_LINT_DEBUG ? process.stderr.write(`${err?.stack ?? ""}
`) : process.stderr.write(`Set AGENT_POLICY_LINT_DEBUG=1 for details, and please report it.
`), 2);
}

// src/cli/main.ts
var SUBCOMMANDS = {
  explain: () => import("./explain-QUB62PZI.js"),
  bypass: () => import("./bypass-SSFL535K.js"),
  init: () => import("./init-BXN7SW4P.js"),
  hook: async () => {
    let { runHook } = await import("./main-ER2MT6LQ.js");
    return { run: (argv, cwd) => runHook(argv, cwd) };
  },
  import: () => import("./import-IRTO7AFJ.js"),
  export: () => import("./export-XNLJVHCV.js"),
  learn: () => import("./learn-UP4CAXUA.js")
};
async function main(argv, cwd = process.cwd()) {
  let [first, ...rest] = argv, sub = first !== void 0 && Object.hasOwn(SUBCOMMANDS, first) ? SUBCOMMANDS[first] : void 0;
  if (sub) return (await sub()).run(rest, cwd);
  let parsed = parseLintArgs(argv, cwd);
  if (parsed === "help")
    return process.stdout.write(LINT_USAGE + `
`), 0;
  if (parsed === "version")
    return process.stdout.write(VERSION + `
`), 0;
  let { runLint } = await import("./lint-MDM5UYBI.js");
  return runLint(parsed, cwd);
}
export {
  fail,
  main
};
