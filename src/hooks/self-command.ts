// How a person can run this same agent-policy-lint from their shell, for messages that suggest a
// command. Inside a hook the bin is found through husky's PATH or a path, not on the person's PATH.
import { shQuote } from './sh-quote.js';

/**
 * `npx --no-install agent-policy-lint` when we run from an npm install (local or global: npx finds
 * both, and --no-install means it never downloads whatever the registry serves under that name);
 * otherwise (the pre-commit framework's clone, a source checkout) node with this very file.
 */
export function selfCommand(script = process.argv[1] ?? ''): string {
  const posix = script.split('\\').join('/');
  if (posix === '' || posix.includes('/node_modules/')) return 'npx --no-install agent-policy-lint';
  return `node ${shQuote(posix)}`;
}
