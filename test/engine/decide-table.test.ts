// Table-driven decisions: most cases are attempts to slip past a deny.
import { describe, expect, it } from 'vitest';
import { compilePolicy, decide, type Action, type Decision } from '../../src/engine/index.js';
import type { Outcome } from '../../src/engine/types.js';
import { policy } from './policy-builder.js';

const P = {
  /** Filesystem denies only: every denial must come from a deny, not from an allow list. */
  fs: compilePolicy(policy({ fs: { deny: ['.env*', 'secrets/**', 'node_modules/**', '*.pem', '/etc/**'] } })),
  /** The seed article's 1.0 policy. */
  seed: compilePolicy(
    policy({
      fs: { allow: ['src/**/*.ts', 'tests/**/*.spec.ts'], deny: ['.env*', 'secrets/**', 'node_modules/**'] },
      cmd: { allow: ['npm test', 'npm run lint'], deny: ['rm -rf', 'curl *', 'git push --force'] },
      net: { outbound: false, exceptions: ['registry.npmjs.org'] },
      approvals: { file: ['package.json', 'Dockerfile'], command: ['git commit'] },
    }),
  ),
  /** The seed article's overrides, with the exception that resolves its conflict. */
  ovr: compilePolicy(
    policy({
      fs: { deny: ['.env*', 'backend/secrets/**', 'frontend/secrets/**'] },
      exceptions: [
        { pattern: 'backend/secrets/test-fixtures/**', overrides: ['backend'] },
        { pattern: 'frontend/secrets/fixtures/**', overrides: ['backend'] },
      ],
      overrides: [
        { dir: 'frontend', fs: { allow: ['frontend/src/**/*.tsx', 'frontend/components/**', 'backend/**', 'frontend/secrets/fixtures/**'] } },
        { dir: 'backend', fs: { allow: ['backend/src/**/*.go', 'backend/migrations/**', 'backend/secrets/test-fixtures/**'], deny: ['backend/src/internal/**', '*.key'] } },
        { dir: 'backend/legacy', fs: { allow: ['backend/legacy/**'], deny: ['*.sql'] } },
      ],
    }),
  ),
  /** Command denies only (no allow list): every denial must come from a deny or a problem. */
  cmd: compilePolicy(
    policy({
      fs: { deny: ['.env*', 'secrets/**'] },
      cmd: { deny: ['rm -rf', 'curl *', 'git push --force', 'wget', 'chmod 777'] },
    }),
  ),
  net: compilePolicy(policy({ net: { outbound: false, exceptions: ['registry.npmjs.org', '*.example.com'], deny: ['evil.com'] } })),
  netOpen: compilePolicy(policy({ net: { deny: ['evil.com', '*.evil.org'] } })),
  tools: compilePolicy(
    policy({ tools: { allow: ['mcp__github__*', 'Read'], deny: ['mcp__github__delete_*'] }, approvals: { tool: ['mcp__github__create_*'] } }),
  ),
  agents: compilePolicy(
    policy({
      net: { exceptions: ['registry.npmjs.org'] },
      agents: [
        { id: 'reader', trust: 'read_only' },
        { id: 'local', trust: 'write_local' },
        { id: 'ext', trust: 'external' },
        { id: 'narrow', permissions: { fs: { allow: ['docs/**'], deny: ['docs/private/**'] }, cmd: { allow: ['npm test'] } } },
      ],
    }),
  ),
  appr: compilePolicy(
    policy({
      fs: { deny: ['secrets/**'] },
      cmd: { deny: ['terraform destroy'] },
      approvals: { file: ['secrets/**', 'deploy/**'], command: ['git push *', 'terraform *'], host: ['api.stripe.com'] },
    }),
  ),
};
type PolicyName = keyof typeof P;

interface Case {
  p: PolicyName;
  a: Action;
  allowed: boolean;
  /** Expected: some subject requires approval. */
  approval?: boolean;
  /** A matched rule pattern, or a regex over the decision's reason. */
  by?: string | RegExp;
  /** approvalValid answer (default: any id counts). */
  valid?: boolean;
  /** The verdict, where it is not just allowed or denied. */
  outcome?: Outcome;
}

const W = (path: string, extra: Partial<Action> = {}): Action => ({ kind: 'filesystem', op: 'write', paths: [path], ...extra }) as Action;
const R = (path: string, extra: Partial<Action> = {}): Action => ({ kind: 'filesystem', op: 'read', paths: [path], ...extra }) as Action;
const C = (command: string, extra: Partial<Action> = {}): Action => ({ kind: 'command', command, ...extra }) as Action;
const H = (host: string, extra: Partial<Action> = {}): Action => ({ kind: 'network', host, ...extra }) as Action;
const U = (url: string, extra: Partial<Action> = {}): Action => ({ kind: 'network', url, ...extra }) as Action;
const T = (tool: string, extra: Partial<Action> = {}): Action => ({ kind: 'tool', tool, ...extra }) as Action;
/** `bash -c "…"` n times around a command. */
const nest = (cmd: string, n: number): string => (n === 0 ? cmd : `bash -c ${JSON.stringify(nest(cmd, n - 1))}`);
const deny = (p: PolicyName, a: Action, by?: string | RegExp): Case => ({ p, a, allowed: false, by });
const allow = (p: PolicyName, a: Action, by?: string | RegExp): Case => ({ p, a, allowed: true, by });
const apr = { approvalId: 'apr_8x3k2' };

const CASES: [string, Case][] = [
  // ---- paths: normalisation tricks against filesystem denies
  ['.env', deny('fs', W('.env'), '.env*')],
  ['./.env', deny('fs', W('./.env'), '.env*')],
  ['src/../.env', deny('fs', W('src/../.env'), '.env*')],
  ['src//../.env', deny('fs', W('src//../.env'), '.env*')],
  ['src/./../.env', deny('fs', W('src/./../.env'), '.env*')],
  ['a/b/../../.env', deny('fs', W('a/b/../../.env'), '.env*')],
  ['absolute under the root', deny('fs', W('/repo/.env'), '.env*')],
  ['absolute with ..', deny('fs', W('/repo/src/../.env'), '.env*')],
  ['absolute with //', deny('fs', W('/repo//secrets//key'), 'secrets/**')],
  ['backslashes', deny('fs', W('src\\..\\.env'), '.env*')],
  ['.ENV (case)', deny('fs', W('.ENV'), '.env*')],
  ['.Env.Local (case)', deny('fs', W('.Env.Local'), '.env*')],
  ['SECRETS/key (case)', deny('fs', W('SECRETS/key'), 'secrets/**')],
  ['.env at any depth', deny('fs', W('config/.env.production'), '.env*')],
  ['.env deep', deny('fs', W('src/config/.env.local'), '.env*')],
  ['.envrc', deny('fs', W('.envrc'), '.env*')],
  ['dot-file under **', deny('fs', W('secrets/.hidden'), 'secrets/**')],
  ['dir/** covers dir', deny('fs', W('secrets'), 'secrets/**')],
  ['dir with trailing /', deny('fs', W('secrets/'), 'secrets/**')],
  ['deep under **', deny('fs', W('secrets/a/b/c.txt'), 'secrets/**')],
  ['climb out and back in', deny('fs', W('secrets/../secrets/key'), 'secrets/**')],
  ['via node_modules', deny('fs', W('node_modules/x/index.js'), 'node_modules/**')],
  ['*.pem at any depth', deny('fs', W('deploy/keys/server.pem'), '*.pem')],
  ['*.PEM (case)', deny('fs', W('server.PEM'), '*.pem')],
  ['delete a secret', deny('fs', { kind: 'filesystem', op: 'delete', paths: ['secrets/x'] }, 'secrets/**')],
  ['read a secret', deny('fs', R('secrets/x'), 'secrets/**')],
  ['cwd-relative .env', deny('fs', W('.env', { cwd: '/repo/src' }), '.env*')],
  ['cwd-relative ../.env', deny('fs', W('../.env', { cwd: '/repo/src' }), '.env*')],
  ['cwd-relative ../secrets/k', deny('fs', W('../secrets/k', { cwd: '/repo/src' }), 'secrets/**')],
  ['cwd-relative key.pem', deny('fs', W('key.pem', { cwd: '/repo/a/b' }), '*.pem')],
  ['outside: ../x', deny('fs', W('../outside.txt'), /outside the repository/)],
  ['outside: /tmp', deny('fs', W('/tmp/x'), /outside the repository/)],
  ['outside: ~', deny('fs', W('~/.ssh/id_rsa'), /outside the repository/)],
  ['outside: /etc deny', deny('fs', R('/etc/passwd'), '/etc/**')],
  ['outside: climbing from cwd', deny('fs', W('../../x', { cwd: '/repo/a' }), /outside the repository/)],
  ['empty path', deny('fs', W(''), /not a usable path/)],
  ['control character', deny('fs', W('src/a\u0000.ts'), /not a usable path/)],
  ['one bad path among good ones', deny('fs', { kind: 'filesystem', op: 'write', paths: ['src/a.ts', '.env'] }, '.env*')],
  ['no path at all', deny('fs', { kind: 'filesystem', op: 'write', paths: [] }, /no path/)],
  ['plain file', allow('fs', W('src/app.ts'))],
  ['climbs out of secrets', allow('fs', W('secrets/../src/a.ts'))],
  ['anchored deny is anchored', allow('fs', W('web/node_modules/x.js'))],
  ['several good paths', allow('fs', { kind: 'filesystem', op: 'write', paths: ['src/a.ts', 'README.md'] })],
  ['a name that only starts like .env', allow('fs', W('src/env.ts'))],

  // ---- paths: the seed policy (allow list + approvals)
  ['allow-listed', allow('seed', W('src/utils/logger.ts'), 'src/**/*.ts')],
  ['dot-file matches src/**/*.ts', allow('seed', W('src/.hidden.ts'), 'src/**/*.ts')],
  ['not allow-listed', deny('seed', W('src/utils/logger.js'), /no filesystem.allow/)],
  ['allow is case-sensitive', deny('seed', W('SRC/a.ts'), /no filesystem.allow/)],
  ['allow-listed but denied', deny('seed', W('src/.env.ts'), '.env*')],
  ['spec in tests', allow('seed', W('tests/a/b.spec.ts'))],
  ['package.json without approval', { p: 'seed', a: W('package.json'), allowed: false, approval: true, by: /none given/, outcome: 'needs-approval' }],
  ['package.json with approval', { p: 'seed', a: W('package.json', apr), allowed: true, approval: true, by: 'package.json' }],
  ['web/package.json with approval', { p: 'seed', a: W('web/package.json', apr), allowed: true, approval: true }],
  ['approval rejected by approvalValid', { p: 'seed', a: W('package.json', apr), allowed: false, approval: true, valid: false }],
  ['PACKAGE.JSON gates, grants nothing', { p: 'seed', a: W('PACKAGE.JSON', apr), allowed: false, approval: true, by: /no filesystem.allow/ }],
  ['PACKAGE.JSON without approval: no approval can allow it', { p: 'seed', a: W('PACKAGE.JSON'), allowed: false, approval: true, by: /no approval can allow it: matches no filesystem.allow/, outcome: 'deny' }],
  ['approval does not beat deny', deny('seed', W('.env', apr), '.env*')],
  ['Dockerfile with approval', { p: 'seed', a: W('Dockerfile', apr), allowed: true, approval: true }],
  ['reading package.json needs no approval, but the allow list', { p: 'seed', a: R('package.json'), allowed: false, approval: false }],
  ['cwd-relative allow', allow('seed', W('a.ts', { cwd: '/repo/src' }), 'src/**/*.ts')],
  ['absolute allow', allow('seed', W('/repo/src/a.ts'), 'src/**/*.ts')],
  ['another checkout is outside', deny('seed', W('/other/repo/src/a.ts'), /outside/)],

  // ---- overrides, exceptions
  ['frontend override allows', allow('ovr', W('frontend/src/App.tsx'), 'frontend/src/**/*.tsx')],
  ['frontend override allow list applies', deny('ovr', W('frontend/src/App.ts'), /no filesystem.allow/)],
  ['root deny in frontend', deny('ovr', W('frontend/.env'), '.env*')],
  ['exception carve-out', allow('ovr', W('backend/secrets/test-fixtures/a.json'), /exception/)],
  ['exception via ./', allow('ovr', W('./backend/secrets/test-fixtures/a.json'), /exception/)],
  ['outside the carve-out', deny('ovr', W('backend/secrets/prod.key'), 'backend/secrets/**')],
  ['.. out of the carve-out', deny('ovr', W('backend/secrets/test-fixtures/../prod.key'), 'backend/secrets/**')],
  ['case trick against the exception', deny('ovr', W('backend/SECRETS/test-fixtures/a.json'), 'backend/secrets/**')],
  ['override deny is never carved out', deny('ovr', W('backend/secrets/test-fixtures/a.key'), '*.key')],
  ['override deny', deny('ovr', W('backend/src/internal/x.go'), 'backend/src/internal/**')],
  ['override allow', allow('ovr', W('backend/src/main.go'), 'backend/src/**/*.go')],
  ['no override, no allow list', allow('ovr', W('docs/readme.md'))],
  ['an override cannot allow outside its directory', deny('ovr', W('backend/tools/x.sh'), /no filesystem.allow/)],
  ['exception limited to another override', deny('ovr', W('frontend/secrets/fixtures/a.json'), 'frontend/secrets/**')],
  ['nested override deny', deny('ovr', W('backend/legacy/a.sql'), '*.sql')],
  ['nested override allow unites', allow('ovr', W('backend/legacy/x.py'), 'backend/legacy/**')],
  ['parent override still governs', allow('ovr', W('backend/migrations/001.sql'))],
  ['override directory itself', deny('ovr', W('backend'), /no filesystem.allow/)],
  ['a sibling directory with a common prefix', allow('ovr', W('backend-tools/x.sh'))],

  // ---- commands: tricks against command denies (policy with denies only)
  ['rm -rf', deny('cmd', C('rm -rf /'), 'rm -rf')],
  ['&&', deny('cmd', C('npm test && curl x'), 'curl *')],
  [';', deny('cmd', C('npm test; curl x'), 'curl *')],
  ['||', deny('cmd', C('npm test || curl x'), 'curl *')],
  ['pipe', deny('cmd', C('npm test | curl x'), 'curl *')],
  ['&', deny('cmd', C('npm test & curl x'), 'curl *')],
  ['newline', deny('cmd', C('npm test\ncurl x'), 'curl *')],
  ['; and newline', deny('cmd', C('echo a;\n  rm -rf b'), 'rm -rf')],
  ['/bin/rm', deny('cmd', C('/bin/rm -rf /'), 'rm -rf')],
  ['/usr/bin/curl', deny('cmd', C('/usr/bin/curl x'), 'curl *')],
  ['./rm', deny('cmd', C('./rm -rf x'), 'rm -rf')],
  ['FOO=1 prefix', deny('cmd', C('FOO=1 rm -rf x'), 'rm -rf')],
  ['two assignments', deny('cmd', C('A=1 B="x y" rm -rf x'), 'rm -rf')],
  ['append assignment (bash-parser takes it for the program)', deny('cmd', C('A+=1 rm -rf x'), 'rm -rf')],
  ['array element assignment', deny('cmd', C('a[0]=1 rm -rf x'), 'rm -rf')],
  ['append assignment, plain characters', deny('cmd', C('PATH+=:/x rm -rf x'), 'rm -rf')],
  ['env with an odd assignment', deny('cmd', C('env A+=1 rm -rf x'), 'rm -rf')],
  ['source of a process substitution', deny('cmd', C('source <(echo "rm -rf x")'), /cannot tell which file/)],
  ['source of a here-document', deny('cmd', C('source /dev/stdin <<EOF\nrm -rf x\nEOF'), 'rm -rf')],
  ['sudo', deny('cmd', C('sudo rm -rf x'), 'rm -rf')],
  ['sudo -u root', deny('cmd', C('sudo -u root rm -rf x'), 'rm -rf')],
  ['sudo -E --', deny('cmd', C('sudo -E -- rm -rf x'), 'rm -rf')],
  ['doas', deny('cmd', C('doas rm -rf x'), 'rm -rf')],
  ['env', deny('cmd', C('env rm -rf x'), 'rm -rf')],
  ['env -i with assignment', deny('cmd', C('env -i PATH=/bin rm -rf x'), 'rm -rf')],
  ['env -S', deny('cmd', C('env -S "rm -rf x"'), 'rm -rf')],
  ['command', deny('cmd', C('command rm -rf x'), 'rm -rf')],
  ['exec', deny('cmd', C('exec rm -rf x'), 'rm -rf')],
  ['nohup &', deny('cmd', C('nohup rm -rf x &'), 'rm -rf')],
  ['nice -n', deny('cmd', C('nice -n 5 rm -rf x'), 'rm -rf')],
  ['time', deny('cmd', C('time rm -rf x'), 'rm -rf')],
  ['timeout 5', deny('cmd', C('timeout 5 curl x'), 'curl *')],
  ['timeout -k', deny('cmd', C('timeout -k 1 10s curl x'), 'curl *')],
  ['xargs', deny('cmd', C('find . -name "*.tmp" | xargs rm -rf'), 'rm -rf')],
  ['xargs -0 -n1', deny('cmd', C('xargs -0 -n1 rm -rf < list.txt'), 'rm -rf')],
  ['stdbuf', deny('cmd', C('stdbuf -oL curl x'), 'curl *')],
  ['wrapper chain', deny('cmd', C('sudo env FOO=1 timeout 5 /bin/rm -rf x'), 'rm -rf')],
  ['bash -c', deny('cmd', C('bash -c "rm -rf x"'), 'rm -rf')],
  ['sh -c', deny('cmd', C("sh -c 'curl x'"), 'curl *')],
  ['bash -lc', deny('cmd', C('bash -lc "curl x"'), 'curl *')],
  ['zsh -c', deny('cmd', C('zsh -c "curl x"'), 'curl *')],
  ['/bin/sh -c', deny('cmd', C('/bin/sh -c "curl x"'), 'curl *')],
  ['nested bash -c', deny('cmd', C(`bash -c "bash -c 'rm -rf x'"`), 'rm -rf')],
  ['su -c', deny('cmd', C('su -c "rm -rf x"'), 'rm -rf')],
  ['eval', deny('cmd', C('eval "rm -rf x"'), 'rm -rf')],
  ['eval joined words', deny('cmd', C('eval rm -rf x'), 'rm -rf')],
  ['$(…)', deny('cmd', C('echo $(curl x)'), 'curl *')],
  ['back-ticks', deny('cmd', C('echo `curl x`'), 'curl *')],
  ['$(…) in quotes', deny('cmd', C('echo "result: $(curl x)"'), 'curl *')],
  ['nested $(…)', deny('cmd', C('echo $(echo $(curl x))'), 'curl *')],
  ['substitution in an assignment', deny('cmd', C('X=$(curl x) npm test'), 'curl *')],
  ['substitution in a default value', deny('cmd', C('echo ${X:-$(curl x)}'), 'curl *')],
  ['process substitution', deny('cmd', C('diff <(curl x) y'), 'curl *')],
  ['here-string', deny('cmd', C('cat <<< "$(curl x)"'), 'curl *')],
  ['here-document body', deny('cmd', C('cat <<EOF\n$(curl x)\nEOF'), 'curl *')],
  ['here-document fed to bash', deny('cmd', C('bash <<EOF\nrm -rf /\nEOF'), 'rm -rf')],
  ['a quote in a here-document', deny('cmd', C("cat <<EOF\n'\nEOF\nrm -rf /"), 'rm -rf')],
  ["'rm'", deny('cmd', C("'rm' -rf x"), 'rm -rf')],
  ["r''m", deny('cmd', C("r''m -rf x"), 'rm -rf')],
  ['r\\m', deny('cmd', C('r\\m -rf x'), 'rm -rf')],
  ['"rm" "-rf"', deny('cmd', C('"rm" "-rf" x'), 'rm -rf')],
  ["$'\\x72m'", deny('cmd', C("$'\\x72m' -rf x"), 'rm -rf')],
  ['line continuation', deny('cmd', C('r\\\nm -rf x'), 'rm -rf')],
  ['extra whitespace', deny('cmd', C('rm    -rf\t\tx'), 'rm -rf')],
  ['RM -RF (case)', deny('cmd', C('RM -RF x'), 'rm -rf')],
  ['brace expansion', deny('cmd', C('{rm,-rf,x}'), 'rm -rf')],
  ['brace in arguments', deny('cmd', C('git push {--force,origin}'), 'git push --force')],
  ['git push --force', deny('cmd', C('git push --force origin main'), 'git push --force')],
  ['subshell', deny('cmd', C('(rm -rf x)'), 'rm -rf')],
  ['group', deny('cmd', C('{ rm -rf x; }'), 'rm -rf')],
  ['if', deny('cmd', C('if true; then rm -rf x; fi'), 'rm -rf')],
  ['for', deny('cmd', C('for i in 1; do curl x; done'), 'curl *')],
  ['while condition', deny('cmd', C('while curl x; do :; done'), 'curl *')],
  ['case', deny('cmd', C('case a in a) rm -rf x;; esac'), 'rm -rf')],
  ['function body', deny('cmd', C('f() { rm -rf x; }; f'), 'rm -rf')],
  ['negation', deny('cmd', C('! rm -rf x'), 'rm -rf')],
  ['find -exec', deny('cmd', C('find . -exec rm -rf {} \\;'), 'rm -rf')],
  ['alias', deny('cmd', C("alias x='rm -rf /'"), 'rm -rf')],
  ['trap', deny('cmd', C("trap 'curl x' EXIT"), 'curl *')],
  ['wget', deny('cmd', C('wget http://x'), 'wget')],
  ['chmod 777', deny('cmd', C('chmod 777 x'), 'chmod 777')],
  ['dynamic program name', deny('cmd', C('$X -rf /'), /cannot tell which program/)],
  ['program from a substitution', deny('cmd', C('"$(echo rm)" -rf x'), /cannot tell which program/)],
  ['globbed program name', deny('cmd', C('/bin/r? -rf x'), /cannot tell which program/)],
  ['sudo with a dynamic word', deny('cmd', C('sudo $CMD -rf x'), /known only at run time/)],
  ['unknown wrapper option', deny('cmd', C('sudo -Z rm -rf x'), /unknown option/)],
  ['bash -c of a variable', deny('cmd', C('bash -c "$CMD"'), /known only at run time/)],
  ['piped into a shell', deny('cmd', C('cat script | bash'), /standard input/)],
  ['unparseable', deny('cmd', C('echo "unterminated'), /cannot parse/)],
  ['nesting too deep', deny('cmd', C(nest('npm test', 12)), /nested more than/)],
  ['empty command', deny('cmd', C('   '), /empty/)],
  // redirections are filesystem writes
  ['> .env', deny('cmd', C('echo k > .env'), '.env*')],
  ['>> .env.local', deny('cmd', C('echo k >> .env.local'), '.env*')],
  ['2> .env', deny('cmd', C('echo k 2> .env'), '.env*')],
  ['&> .env', deny('cmd', C('echo k &> .env'), '.env*')],
  ['>| .env', deny('cmd', C('echo k >| .env'), '.env*')],
  ['>& .env', deny('cmd', C('echo k >& .env'), '.env*')],
  ['quoted target', deny('cmd', C('echo k > ".e"nv'), '.env*')],
  ['target with ..', deny('cmd', C('echo k > src/../.env'), '.env*')],
  ['absolute target', deny('cmd', C('echo k > /repo/.env'), '.env*')],
  ['< secrets (read)', deny('cmd', C('cat < secrets/key'), 'secrets/**')],
  ['tee', deny('cmd', C('echo k | tee .env'), '.env*')],
  ['tee -a', deny('cmd', C('echo k | tee -a out.txt .env'), '.env*')],
  ['here-document into .env', deny('cmd', C('cat <<EOF > .env\nK=1\nEOF'), '.env*')],
  ['a loop redirected into .env', deny('cmd', C('while true; do echo k; done > .env'), '.env*')],
  ['a subshell redirected into .env', deny('cmd', C('(echo k) >> .env'), '.env*')],
  ['process substitution feeding a loop', deny('cmd', C('while read l; do :; done < <(curl x)'), 'curl *')],
  ['cd then write', deny('cmd', C('cd secrets && echo x > key'), 'secrets/**')],
  ['cd from a cwd', deny('cmd', C('cd ../secrets && echo x > key', { cwd: '/repo/src' }), 'secrets/**')],
  ['cd $DIR then write', deny('cmd', C('cd $D && echo x > key'), /cannot tell which directory/)],
  ['target known only at run time', deny('cmd', C('echo k > "$F"'), /cannot tell which file/)],
  ['redirect in a cwd', deny('cmd', C('echo k > .env', { cwd: '/repo/web' }), '.env*')],
  // allowed: a deny needs a simple command that matches
  ['npm test', allow('cmd', C('npm test'))],
  // `rm -r x` deletes everything under x, which may hold a `.env*` (denied at any depth): it asks, it is not denied.
  ['rm -r is not rm -rf (word prefix, SPEC 3)', { p: 'cmd', a: C('rm -r x'), allowed: false, by: /may hold a path such as/, outcome: 'needs-approval' }],
  ['a quoted string is an argument', allow('cmd', C('echo "rm -rf x"'))],
  ['an argument named curl', allow('cmd', C('grep curl src/a.ts'))],
  ['git push without --force', allow('cmd', C('git push origin main'))],
  ['comment', allow('cmd', C('ls # rm -rf /'))],
  ['a quoted here-document is text', allow('cmd', C("cat <<'EOF'\n$(curl x)\nEOF"))],
  ['redirect to a plain file', allow('cmd', C('echo k > out.txt'))],
  ['redirect to /dev/null', allow('cmd', C('npm test > /dev/null 2>&1'))],
  ['commit message idiom', allow('cmd', C("git commit -m \"$(cat <<'EOF'\nFix: handle ) in messages\nEOF\n)\""))],

  // ---- commands: allow list and approvals (seed)
  ['allow-listed command', allow('seed', C('npm test'), 'npm test')],
  ['allow-listed with arguments', allow('seed', C('npm test -- --watch'), 'npm test')],
  ['not a word prefix', deny('seed', C('npm tests'), /no commands.allow/)],
  ['both allowed', allow('seed', C('npm test && npm run lint'))],
  ['second not allowed', deny('seed', C('npm test && ls'), /no commands.allow/)],
  ['bash -c of an allowed command', allow('seed', C('bash -c "npm test"'))],
  ['bash -c hiding another command', deny('seed', C('bash -c "npm test; ls"'), /no commands.allow/)],
  ['wrapper around an allowed command', allow('seed', C('nice npm test'), 'npm test')],
  ['git commit needs an approval', { p: 'seed', a: C('git commit -m x'), allowed: false, approval: true, by: /none given/, outcome: 'needs-approval' }],
  ['git commit approved', { p: 'seed', a: C('git commit -m x', apr), allowed: true, approval: true, by: 'git commit' }],
  ['approved commit, denied curl', { p: 'seed', a: C('git commit -m x && curl y', apr), allowed: false, approval: true, by: 'curl *' }],
  ['redirect into .env from an allowed command', deny('seed', C('npm test > .env'), '.env*')],
  ['redirect outside the fs allow list', deny('seed', C('npm test > out.log'), /no filesystem.allow/)],
  ['2>&1 is not a file', allow('seed', C('npm test 2>&1'))],

  // ---- network
  ['exception host', allow('net', H('registry.npmjs.org'), 'registry.npmjs.org')],
  ['host case', allow('net', H('REGISTRY.NPMJS.ORG'))],
  ['host with port', allow('net', H('registry.npmjs.org:443'))],
  ['trailing dot', allow('net', H('registry.npmjs.org.'))],
  ['URL', allow('net', U('https://registry.npmjs.org/left-pad'))],
  ['URL with userinfo', allow('net', U('https://user:pw@registry.npmjs.org/x'))],
  ['userinfo that looks like the host', deny('net', U('https://registry.npmjs.org@evil.com/'), 'evil.com')],
  ['sub-domain', allow('net', H('api.example.com'), '*.example.com')],
  ['sub-domain with a trailing dot', allow('net', U('https://api.example.com./x'))],
  ['*.example.com is sub-domains only', deny('net', H('example.com'), /no network exception/)],
  ['evil.com.example.com is a sub-domain of example.com', allow('net', H('evil.com.example.com'), '*.example.com')],
  ['example.com.evil.com is not', deny('net', H('example.com.evil.com'), /no network exception/)],
  ['suffix without a dot', deny('net', H('notexample.com'), /no network exception/)],
  ['not an exception', deny('net', H('github.com'), /allow_outbound is false/)],
  ['empty host', deny('net', H(''), /names no host/)],
  ['unparseable URL', deny('net', U('http://exa mple.com/'), /cannot tell which host/)],
  ['IPv6 literal', deny('net', U('http://[::1]:8080/'), /no network exception/)],
  ['deny with open outbound', deny('netOpen', H('evil.com'), 'evil.com')],
  ['deny with case and port', deny('netOpen', H('EVIL.COM:8080'), 'evil.com')],
  ['deny of sub-domains', deny('netOpen', U('https://a.b.evil.org/'), '*.evil.org')],
  ['open outbound', allow('netOpen', H('github.com'), /not restricted/)],

  // ---- tools
  ['allowed MCP tool', allow('tools', T('mcp__github__get_issue'), 'mcp__github__*')],
  ['denied MCP tool', deny('tools', T('mcp__github__delete_repo'), 'mcp__github__delete_*')],
  ['denied tool, case', deny('tools', T('MCP__GITHUB__DELETE_REPO'), 'mcp__github__delete_*')],
  ['tool not in the allow list', deny('tools', T('mcp__slack__post'), /no tools.allow/)],
  ['built-in tool', allow('tools', T('Read'), 'Read')],
  ['tool approval missing', { p: 'tools', a: T('mcp__github__create_pr'), allowed: false, approval: true }],
  ['tool approval given', { p: 'tools', a: T('mcp__github__create_pr', apr), allowed: true, approval: true }],

  // ---- agents and trust levels
  ['read_only reads', allow('agents', R('src/a.ts', { agentId: 'reader' }))],
  ['read_only writes', deny('agents', W('src/a.ts', { agentId: 'reader' }), /read_only/)],
  ['read_only runs a command', deny('agents', C('ls', { agentId: 'reader' }), /read_only/)],
  ['read_only reaches the network', deny('agents', H('registry.npmjs.org', { agentId: 'reader' }), /read_only/)],
  ['read_only tool without an allow list', deny('agents', T('Read', { agentId: 'reader' }), /read_only/)],
  ['write_local pushes', deny('agents', C('git push origin main', { agentId: 'local' }), /write_local/)],
  ['write_local pushes via sudo', deny('agents', C('sudo git push', { agentId: 'local' }), /write_local/)],
  ['write_local runs tests', allow('agents', C('npm test', { agentId: 'local' }))],
  ['write_local and the network', deny('agents', H('github.com', { agentId: 'local' }), /write_local/)],
  ['write_local and an exception', allow('agents', H('registry.npmjs.org', { agentId: 'local' }))],
  ['external reaches the network', allow('agents', H('github.com', { agentId: 'ext' }))],
  ['agent allow narrows: inside', allow('agents', W('docs/a.md', { agentId: 'narrow' }), 'docs/**')],
  ['agent allow narrows: outside', deny('agents', W('src/a.ts', { agentId: 'narrow' }), /agent "narrow"/)],
  ['agent deny adds', deny('agents', W('docs/private/x.md', { agentId: 'narrow' }), 'docs/private/**')],
  ['agent command allow narrows', deny('agents', C('ls', { agentId: 'narrow' }), /agent "narrow"/)],
  ['unknown agent: default permissions', allow('agents', W('src/a.ts', { agentId: 'nobody' }))],

  // ---- approvals: gate and grant, deny wins
  ['approval on a denied path', { ...deny('appr', W('secrets/x', apr), 'secrets/**'), outcome: 'deny' }],
  ['approval missing', { p: 'appr', a: W('deploy/x.yml'), allowed: false, approval: true, outcome: 'needs-approval' }],
  ['approval given', { p: 'appr', a: W('deploy/x.yml', apr), allowed: true, approval: true }],
  ['empty approval id', { p: 'appr', a: W('deploy/x.yml', { approvalId: '' }), allowed: false, approval: true }],
  ['command approval missing', { p: 'appr', a: C('git push origin'), allowed: false, approval: true, outcome: 'needs-approval' }],
  ['command approval given', { p: 'appr', a: C('git push origin', apr), allowed: true, approval: true }],
  ['command approval via a wrapper', { p: 'appr', a: C('sudo git push origin'), allowed: false, approval: true }],
  ['approval rejected', { p: 'appr', a: C('terraform apply', apr), allowed: false, approval: true, valid: false }],
  ['approval vs command deny', deny('appr', C('terraform destroy', apr), 'terraform destroy')],
  ['host approval missing', { p: 'appr', a: H('api.stripe.com'), allowed: false, approval: true, outcome: 'needs-approval' }],
  ['host approval given', { p: 'appr', a: H('API.STRIPE.COM:443', apr), allowed: true, approval: true }],
];

function check(name: string, c: Case): Decision {
  const d = decide(c.a, P[c.p], c.valid === undefined ? {} : { approvalValid: () => c.valid! });
  const ctx = `${name}: ${d.reason}`;
  expect(d.allowed, ctx).toBe(c.allowed);
  expect(d.outcome === 'allow', ctx).toBe(d.allowed);
  if (c.outcome) expect(d.outcome, ctx).toBe(c.outcome);
  if (c.approval !== undefined) expect(d.requiresApproval, ctx).toBe(c.approval);
  if (typeof c.by === 'string') {
    const decisive = d.subjects.filter((s) => s.allowed === c.allowed).flatMap((s) => s.rules.filter((r) => r.matched));
    expect(decisive.map((r) => r.pattern), ctx).toContain(c.by);
  } else if (c.by) expect(d.reason, ctx).toMatch(c.by);
  return d;
}

describe('decision table', () => {
  it('has at least 150 cases, most of them attempts to get past a deny', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(150);
    expect(CASES.filter(([, c]) => !c.allowed).length).toBeGreaterThan(CASES.length / 2);
  });
  it.each(CASES)('%s', (name, c) => {
    check(name, c);
  });
  it.each(CASES)('%s (explain mode decides the same)', (name, c) => {
    const plain = decide(c.a, P[c.p], c.valid === undefined ? {} : { approvalValid: () => c.valid! });
    const explained = decide(c.a, P[c.p], { explain: true, ...(c.valid === undefined ? {} : { approvalValid: () => c.valid! }) });
    expect(explained.allowed, name).toBe(plain.allowed);
    expect(explained.requiresApproval, name).toBe(plain.requiresApproval);
    expect(explained.subjects.map((s) => s.allowed), name).toEqual(plain.subjects.map((s) => s.allowed));
  });
});
