import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// src/errors.ts
var UsageError = class extends Error {
  constructor(message, hint) {
    super(message);
    this.hint = hint;
    this.name = "UsageError";
  }
  hint;
  exitCode = 2;
};

export {
  UsageError
};
