import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  importNative,
  parseAgentName
} from "./chunk-GEGJXCYB.js";
import "./chunk-GHWK3RUF.js";
import "./chunk-RWTZDASI.js";
import {
  formatNotes
} from "./chunk-UFRUKV6A.js";
import "./chunk-KAOA6GTO.js";
import "./chunk-YBGZSBVW.js";
import "./chunk-SVDZDYXD.js";
import "./chunk-OJEHWALM.js";
import {
  parseFlags
} from "./chunk-MBKERYEW.js";
import "./chunk-4ZWHCVI7.js";
import "./chunk-O3G5XKBQ.js";
import "./chunk-ABQ5D6RS.js";
import "./chunk-Y7RLUBF5.js";
import "./chunk-MEUNCPUN.js";
import "./chunk-V5PX7ZKJ.js";
import "./chunk-E7AKDGUQ.js";
import "./chunk-E4YIPD2I.js";
import "./chunk-L2XDMHMZ.js";
import {
  findRepoRoot
} from "./chunk-PCFHNYAU.js";
import "./chunk-HTJE5MBF.js";
import {
  UsageError
} from "./chunk-6RCGQYBU.js";
import "./chunk-DUFMWMGU.js";
import "./chunk-FMQ4FTVJ.js";
import "./chunk-3M3UEKFW.js";
import "./chunk-GRFHVHPK.js";
import "./chunk-F2VQ6EFB.js";

// src/cli/commands/import.ts
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
var IMPORT_USAGE = `Usage: agent-policy-lint import --from claude|codex|gemini|cursor [FILE...] [--output FILE]

Turns an agent's own permission files into a version 2.1 policy, each rule with a comment naming
the native rule it came from (file:line). Never more permissive than the agent: what the policy
cannot say exactly is reported (import-approximated) and made stricter.

Options:
      --from AGENT     claude, codex, gemini or cursor (required)
  -o, --output FILE    write the policy to FILE (default: stdout); an existing file is kept
                       unless --force
      --force          overwrite --output FILE
      --root DIR       repository the policy governs (default: the git root of the working directory)
  -h, --help           show this help`;
async function run(argv, cwd) {
  let { values, positionals } = parseFlags(
    {
      args: argv,
      allowPositionals: !0,
      strict: !0,
      options: {
        from: { type: "string" },
        output: { type: "string", short: "o" },
        force: { type: "boolean", default: !1 },
        root: { type: "string" },
        help: { type: "boolean", short: "h", default: !1 }
      }
    },
    "import"
  );
  if (values.help)
    return process.stdout.write(IMPORT_USAGE + `
`), 0;
  let agent = parseAgentName(values.from, "--from"), root = values.root ? resolve(cwd, values.root) : findRepoRoot(cwd) ?? cwd, result = importNative({ agent, files: positionals, root, cwd });
  if (process.stderr.write(formatNotes(result.findings, cwd)), values.output) {
    try {
      writeFileSync(resolve(cwd, values.output), result.yaml, { flag: values.force ? "w" : "wx" });
    } catch (e) {
      let code = e.code;
      throw new UsageError(code === "EEXIST" ? `${values.output} exists: pass --force to overwrite it` : `cannot write ${values.output}: ${code ?? e.message}`);
    }
    process.stderr.write(`Wrote ${values.output}
`);
  } else process.stdout.write(result.yaml);
  return 0;
}
export {
  IMPORT_USAGE,
  run
};
