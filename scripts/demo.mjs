// npm run demo: lint the bundled demo (fixtures/demo) with the built CLI and say what the exit code means.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const demo = join(root, 'fixtures/demo');
const args = [join(root, 'dist/cli.js'), ...process.argv.slice(2)];
const extra = process.argv.length > 2 ? [] : ['--check-conflicts', '--agent-log', '.agent-actions.jsonl'];
const r = spawnSync(process.execPath, [...args, ...extra], { cwd: demo, stdio: 'inherit' });
const meaning = { 0: 'clean', 1: 'findings of severity error (as the demo intends)', 2: 'usage error or unreadable file' };
process.stderr.write(`\nagent-policy-lint exited ${r.status}: ${meaning[r.status] ?? 'unexpected'}\n`);
process.exit(r.status === 2 || r.status === null ? 1 : 0);
