#!/usr/bin/env node
import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  runHook
} from "./chunks/chunk-X3ZZAHNE.js";
import "./chunks/chunk-LP3ML3ZP.js";
import "./chunks/chunk-7DK35ULS.js";
import "./chunks/chunk-3IFVJXNJ.js";
import "./chunks/chunk-HTJE5MBF.js";
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
