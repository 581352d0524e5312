#!/usr/bin/env node
import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  runHook
} from "./chunks/chunk-FQCVY6RT.js";
import "./chunks/chunk-GW4JXRMB.js";
import "./chunks/chunk-F2VQ6EFB.js";

// src/guard/entry.ts
runHook(process.argv.slice(2), process.cwd()).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.stderr.write(`agent-policy-lint guard failed closed: internal error
`), process.exitCode = 2;
  }
);
