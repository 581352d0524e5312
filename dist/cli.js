#!/usr/bin/env node
import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  LINT_USAGE,
  parseLintArgs
} from "./chunks/chunk-I2IWNCI4.js";
import "./chunks/chunk-VUJJIT4G.js";
import {
  VERSION
} from "./chunks/chunk-Y6DNOGVW.js";
import {
  UsageError
} from "./chunks/chunk-6RCGQYBU.js";
import "./chunks/chunk-F2VQ6EFB.js";

// src/cli/main.ts
var SUBCOMMANDS = {
  explain: () => import("./chunks/explain-DHHRBO5V.js"),
  bypass: () => import("./chunks/bypass-EQD7UP4H.js"),
  init: () => import("./chunks/init-RXZOZKK6.js"),
  hook: async () => {
    let { runHook } = await import("./chunks/main-7YTKCD6O.js");
    return { run: (argv, cwd) => runHook(argv, cwd) };
  },
  import: () => import("./chunks/import-NXR433ZS.js"),
  export: () => import("./chunks/export-LTVWUNQT.js"),
  learn: () => import("./chunks/learn-UPA3HGKO.js")
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
  let { runLint } = await import("./chunks/lint-SN4FXQW7.js");
  return runLint(parsed, cwd);
}
function fail(e) {
  if (e instanceof UsageError)
    return process.stderr.write(`agent-policy-lint: ${e.message}
`), e.hint && process.stderr.write(`${e.hint}
`), e.exitCode;
  let err = e;
  return process.stderr.write(`agent-policy-lint: internal error: ${err?.message ?? String(e)}
`), process.env.AGENT_POLICY_LINT_DEBUG ? process.stderr.write(`${err?.stack ?? ""}
`) : process.stderr.write(`Set AGENT_POLICY_LINT_DEBUG=1 for details, and please report it.
`), 2;
}

// src/cli/bin.ts
for (let stream of [process.stdout, process.stderr])
  stream.on("error", (e) => {
    if (e.code === "EPIPE" || e.code === "ERR_STREAM_DESTROYED") {
      stream.destroy();
      return;
    }
    throw e;
  });
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.exitCode = fail(e);
  }
);
