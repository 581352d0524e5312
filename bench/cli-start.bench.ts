// The CLI's wall time to lint the demo policy, beside a bare `node -e 0` (goal: <= 3x).
import { join } from 'node:path';
import { goal, row, timeProcess } from './util.js';

const demo = join(process.cwd(), 'fixtures/demo');
const cli = join(process.cwd(), 'dist/cli.js');
const bare = timeProcess(['-e', '0']);
const lint = timeProcess([cli, '--format', 'json'], { cwd: demo });
row('node -e 0 (median of 15)', `${bare.toFixed(1)} ms`);
row('agent-policy-lint on fixtures/demo', `${lint.toFixed(1)} ms`, `${(lint / bare).toFixed(2)}x bare node`);
goal(lint / bare <= 3, `lint within 3x of a bare Node start (${(lint / bare).toFixed(2)}x)`);
