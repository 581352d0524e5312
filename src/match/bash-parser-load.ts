// bash-parser (about 200 KB of bundled code) is loaded on the first line that needs the full shell
// grammar. A simple list (`npm test && git status`) is decided from the lexer's tokens alone
// (shell-simple.ts), so most shell calls never load, compile or evaluate it: in the guard it was
// about two thirds of the shell chunk every command decision loaded. The load is a synchronous
// require, so parseShell stays synchronous; it runs inside parseShell's try, so a parser that cannot
// be loaded makes the line "shell syntax not understood" (never an allow).
// A bundle (esbuild) sees the literal require call and bundles the parser as a module evaluated on
// its first call; unbundled, an ES module has no require and createRequire makes one. In the
// guard's CommonJS chunks scripts/build.mjs (lazy-bash-parser) makes the whole expression a
// require of guard-chunks/bash-parser.cjs, a file of its own, so the chunk that decides commands
// does not carry it.
import { createRequire } from 'node:module';
import type bashParse from '@ericcornelissen/bash-parser';

type Parse = typeof bashParse;
let parse: Parse | undefined;

/** bash-parser's parse function, loaded on the first call. */
export function bashParser(): Parse {
  return (parse ??= (typeof require === 'function' ? require('@ericcornelissen/bash-parser') : createRequire(import.meta.url)('@ericcornelissen/bash-parser')) as Parse);
}
