#!/usr/bin/env node
import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// src/cli/bin.ts
import { createRequire } from "node:module";
for (let stream of [process.stdout, process.stderr])
  stream.on("error", (e) => {
    if (e.code === "EPIPE" || e.code === "ERR_STREAM_DESTROYED") {
      stream.destroy();
      return;
    }
    throw e;
  });
async function run(argv) {
  if (argv[0]?.startsWith("-") && argv.includes("--staged")) {
    let staged;
    try {
      staged = createRequire(import.meta.url)("./staged.cjs");
    } catch {
      staged = void 0;
    }
    let code = await staged?.runStagedCli(argv, process.cwd());
    if (code !== void 0) return code;
  }
  let { main } = await import("./chunks/main-73RC2YDT.js");
  return main(argv);
}
run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  async (e) => {
    let { fail } = await import("./chunks/main-73RC2YDT.js");
    process.exitCode = fail(e);
  }
);
