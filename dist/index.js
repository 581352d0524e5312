import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// src/action/main.ts
process.stdout.write(`agent-policy-lint action: not implemented yet
`);
