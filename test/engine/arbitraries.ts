// Generated policies and actions for the engine's property tests.
import fc from 'fast-check';
import type { Action } from '../../src/engine/index.js';
import { ROOT, type PolicySpec } from './policy-builder.js';

export const PATH_PATTERNS = ['.env*', 'secrets/**', '*.pem', 'src/**', 'src/**/*.ts', 'docs/*.md', 'backend/**', 'backend/secrets/**',
  '**/*.key', 'frontend/src/**', '*.json', 'package.json', 'backend/src/**/*.go', '/tmp/**', 'node_modules'];
export const CMD_PATTERNS = ['rm -rf', 'curl *', 'npm test', 'git push --force', 'sudo *', 'echo *', 'git *', 'bash', 'ls'];
export const HOST_PATTERNS = ['*.example.com', 'example.com', 'evil.com', 'registry.npmjs.org'];
export const TOOL_PATTERNS = ['mcp__github__*', 'Read', 'mcp__*__delete*', 'Bash'];
const SEGMENTS = ['src', 'backend', 'frontend', 'secrets', 'docs', '.env', 'a.ts', 'b.key', 'x.pem', 'package.json', '..', '.', '',
  'SECRETS', '.ENV', 'node_modules', 'src', 'main.go', 'test-fixtures'];
const WORDS = ['rm', '-rf', 'curl', 'x', 'npm', 'test', 'sudo', 'bash -c "rm -rf y"', '&&', '|', ';', '> .env', '> out.txt', 'echo',
  'git', 'push', '--force', '$(curl x)', '"rm -rf x"', "'rm'", '/bin/rm', 'FOO=1', 'timeout 5', 'ls'];
export const DIRS = ['src', 'backend', 'frontend', 'backend/secrets'];

const sub = <T>(xs: T[]) => fc.subarray(xs, { maxLength: 4 });
const perm = fc.record({
  fs: fc.record({ allow: sub(PATH_PATTERNS), deny: sub(PATH_PATTERNS) }),
  cmd: fc.record({ allow: sub(CMD_PATTERNS), deny: sub(CMD_PATTERNS) }),
  net: fc.record({ outbound: fc.boolean(), exceptions: sub(HOST_PATTERNS), deny: sub(HOST_PATTERNS) }),
  tools: fc.record({ allow: sub(TOOL_PATTERNS), deny: sub(TOOL_PATTERNS) }),
});
export const spec: fc.Arbitrary<PolicySpec> = fc.record({
  root: perm,
  approvals: fc.record({ file: sub(PATH_PATTERNS), command: sub(CMD_PATTERNS), host: sub(HOST_PATTERNS), tool: sub(TOOL_PATTERNS) }),
  exceptions: fc.array(fc.record({ pattern: fc.constantFrom(...PATH_PATTERNS), overrides: sub(DIRS) }), { maxLength: 2 }),
  overrides: fc.uniqueArray(fc.tuple(fc.constantFrom(...DIRS), perm), { maxLength: 3, selector: ([d]) => d }),
  agent: fc.option(fc.record({ trust: fc.constantFrom('read_only', 'write_local', 'external', undefined), permissions: fc.option(perm, { nil: undefined }) }), { nil: undefined }),
}).map((r) => ({
  ...r.root,
  approvals: r.approvals,
  exceptions: r.exceptions,
  overrides: r.overrides.map(([dir, p]) => ({ dir, ...p })),
  agents: r.agent ? [{ id: 'agent-1', trust: r.agent.trust as never, permissions: r.agent.permissions }] : [],
}));

export const pathArb = fc
  .tuple(fc.constantFrom('', './', `${ROOT}/`, '/tmp/'), fc.array(fc.constantFrom(...SEGMENTS), { minLength: 1, maxLength: 4 }))
  .map(([pre, segs]) => pre + segs.join('/'));
export const ctxArb = fc.record({
  agentId: fc.constantFrom(undefined, 'agent-1'),
  approvalId: fc.constantFrom(undefined, 'apr_1'),
  cwd: fc.constantFrom(undefined, ROOT, `${ROOT}/backend`, `${ROOT}/src`),
});
export const actionArb: fc.Arbitrary<Action> = fc.tuple(
  fc.oneof(
    fc.record({ kind: fc.constant('filesystem' as const), op: fc.constantFrom('read' as const, 'write' as const, 'delete' as const), paths: fc.array(pathArb, { minLength: 1, maxLength: 3 }) }),
    fc.record({ kind: fc.constant('command' as const), command: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((w) => w.join(' ')) }),
    fc.record({ kind: fc.constant('network' as const), host: fc.constantFrom('a.example.com', 'example.com', 'EVIL.com:80', 'evil.com.', 'registry.npmjs.org', 'x.y') }),
    fc.record({ kind: fc.constant('tool' as const), tool: fc.constantFrom('mcp__github__get', 'mcp__x__delete_all', 'Read', 'Bash', 'Write') }),
  ),
  ctxArb,
).map(([a, c]) => ({ ...a, ...Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) }) as Action);

/** Adds one deny pattern (of the action's kind) to the root, an override or the agent. */
