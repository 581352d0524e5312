#!/usr/bin/env node
// Kept for hooks installed before dist/guard.cjs: the guard itself is guard.cjs (CommonJS).
import { createRequire } from 'node:module';
createRequire(import.meta.url)('./guard.cjs');
