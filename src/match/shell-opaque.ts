// Code the engine cannot see (SPEC 3, "Opaque code"): programs given code inline (`python -c`),
// options and environment variables that make an allowed program run other code, and builtins
// that run strings or rebind names. Each is reported with the construct that makes it opaque, so
// that an allow pattern naming that construct (`python -c *`) can admit it explicitly.
import { gitConfigOpaque, isGitConfig } from './git-config.js';
import { hasInlineProgram, inlineProgramOpaque } from './inline-programs.js';
import type { OpaqueConstruct } from './opaque-construct.js';
import { own, ownEntries } from './own.js';
import { scanHazards, statementLanguage } from './shell-hazards.js';
import { readShortCluster } from './short-options.js';
import type { Arg } from './shell-wrappers.js';

export type { OpaqueConstruct } from './opaque-construct.js';

/** Environment variables that make programs (or bash itself) run code or load it from elsewhere. */
const CODE_VARIABLES = new Set([
  'GIT_EXTERNAL_DIFF', 'GIT_PAGER', 'PAGER', 'GIT_EDITOR', 'EDITOR', 'VISUAL', 'GIT_SEQUENCE_EDITOR', 'GIT_SSH',
  'GIT_SSH_COMMAND', 'GIT_ASKPASS', 'SSH_ASKPASS', 'GIT_PROXY_COMMAND', 'GIT_EXEC_PATH', 'GIT_DIR', 'GIT_WORK_TREE',
  'GIT_TEMPLATE_DIR', 'GIT_CONFIG', 'GIT_CONFIG_GLOBAL', 'GIT_CONFIG_SYSTEM', 'GIT_CONFIG_COUNT', 'NODE_OPTIONS',
  'NODE_PATH', 'LD_PRELOAD', 'LD_LIBRARY_PATH', 'LD_AUDIT', 'DYLD_INSERT_LIBRARIES', 'DYLD_LIBRARY_PATH', 'BASH_ENV',
  'ENV', 'ZDOTDIR', 'PS4', 'PS1', 'PS2', 'PROMPT_COMMAND', 'PYTHONSTARTUP', 'PYTHONPATH', 'PYTHONHOME',
  'PYTHONINSPECT', 'PERL5OPT', 'PERL5LIB', 'PERLLIB', 'PERL5DB', 'RUBYOPT', 'RUBYLIB', 'PATH', 'IFS', 'SHELLOPTS',
  'BASHOPTS', 'CDPATH', 'CLASSPATH', 'JAVA_TOOL_OPTIONS', '_JAVA_OPTIONS', 'JDK_JAVA_OPTIONS', 'RUSTC_WRAPPER', 'RUSTC',
  'CARGO_BUILD_RUSTC_WRAPPER', 'CC', 'CXX', 'MAKEFLAGS', 'MAKEFILES', 'SHELL', 'LESSOPEN', 'LESSCLOSE', 'MANPAGER',
  'BROWSER', 'TERMINAL', 'EXINIT', 'VIMINIT', 'HOME', 'XDG_CONFIG_HOME', 'DOCKER_HOST', 'KUBECONFIG',
  // Configuration, pagers and helpers chosen by the environment: code, or a place the line does not show.
  'GIT_CONFIG_PARAMETERS', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_ALTERNATE_OBJECT_DIRECTORIES', 'GIT_COMMON_DIR',
  'GIT_ALLOW_PROTOCOL', 'GH_HOST', 'GH_REPO', 'GITLAB_HOST', 'GITLAB_URI', 'GL_HOST', 'GITLAB_API_HOST', 'GLAB_CONFIG_DIR', 'LESS', 'LESSKEY', 'LESSKEYIN', 'LESSKEY_CONTENT', 'LESSEDIT', 'SYSTEMD_PAGER', 'SYSTEMD_PAGERSECURE',
  'MANOPT', 'MANROFFOPT', 'TAR_OPTIONS', 'RSYNC_RSH', 'RSYNC_CONNECT_PROG', 'CVS_RSH', 'CURL_HOME', 'WGETRC',
  'RIPGREP_CONFIG_PATH', 'RUSTFLAGS', 'RUSTDOCFLAGS', 'GOFLAGS', 'AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE',
  'DOCKER_CONFIG', 'PYTHONUSERBASE', 'PYTHONEXECUTABLE', 'PYTHONBREAKPOINT', 'NODE_REPL_EXTERNAL_MODULE', 'SUDO_ASKPASS',
  'FCEDIT', 'HISTFILE', 'XDG_CONFIG_DIRS', 'XDG_DATA_HOME', 'GCONV_PATH', 'BUNDLE_GEMFILE', 'GEM_HOME', 'GEMRC',
  // Editors, pagers, browsers and diff programs other tools run (gh, kubectl, hg, svn).
  'GH_EDITOR', 'GH_PAGER', 'GH_BROWSER', 'GH_CONFIG_DIR', 'KUBE_EDITOR', 'KUBECTL_EXTERNAL_DIFF', 'HGEDITOR', 'HGRCPATH',
  'SVN_EDITOR', 'SVN_SSH', 'SUDO_EDITOR', 'CCACHE_PREFIX', 'HELM_PLUGINS', 'DOCKER_CONTEXT', 'SYSTEM_WGETRC',
  // Interpreters' start-up code, libraries and options read from the environment.
  'LUA_INIT', 'LUA_PATH', 'LUA_CPATH', 'PHPRC', 'PHP_INI_SCAN_DIR', 'R_PROFILE', 'R_PROFILE_USER', 'R_ENVIRON',
  'R_ENVIRON_USER', 'R_LIBS', 'R_LIBS_USER', 'ERL_AFLAGS', 'ERL_FLAGS', 'ERL_ZFLAGS', 'ELIXIR_ERL_OPTIONS', 'PYTHONWARNINGS',
  'PYTHONPYCACHEPREFIX', 'PYTHONPLATLIBDIR', 'JAVA_OPTS', 'MAVEN_OPTS', 'MAVEN_ARGS', 'GRADLE_OPTS', 'SBT_OPTS', 'ANT_OPTS',
  'OPENSSL_CONF', 'OPENSSL_ENGINES', 'OPENSSL_MODULES', 'NODE_REPL_HISTORY', 'NODE_V8_COVERAGE', 'SSLKEYLOGFILE',
  // Build tools' JVM, user home (gradle's init.d scripts), extra arguments, toolchain files, compiler
  // launchers and package search paths (CMake reads its config files from CMAKE_PREFIX_PATH), and
  // MSBuild's imports (every environment variable is an MSBuild property), bazelisk's download.
  'JAVA_HOME', 'GRADLE_USER_HOME', 'ANT_HOME', 'ANT_ARGS', 'CMAKE_TOOLCHAIN_FILE', 'CMAKE_PREFIX_PATH',
  'CMAKE_C_COMPILER_LAUNCHER', 'CMAKE_CXX_COMPILER_LAUNCHER', 'CMAKE_CUDA_COMPILER_LAUNCHER', 'CMAKE_C_LINKER_LAUNCHER',
  'CMAKE_CXX_LINKER_LAUNCHER', 'FC', 'CUDACXX', 'HIPCXX', 'OBJC', 'OBJCXX', 'ASM', 'DOTNET_ROOT', 'MSBUILD_EXE_PATH',
  'CustomBeforeMicrosoftCommonTargets', 'CustomAfterMicrosoftCommonTargets', 'DirectoryBuildPropsPath',
  'DirectoryBuildTargetsPath', 'MSBuildExtensionsPath', 'BAZELISK_BASE_URL', 'USE_BAZEL_VERSION',
  // Go's own environment file, toolchain downloads, module proxies and install directory.
  'GOENV', 'GOTOOLCHAIN', 'GOPROXY', 'GOSUMDB', 'GONOSUMDB', 'GONOSUMCHECK', 'GOPRIVATE', 'GONOPROXY', 'GOINSECURE', 'GOBIN',
  'GOPATH', 'GOEXPERIMENT', 'TF_CLI_CONFIG_FILE',
  // Options archivers and compressors read from the environment: code (ZIPOPT=-TT cmd) or names
  // the line does not show (GZIP=-N, XZ_OPT=--suffix=.json, UNZIPOPT=-d/tmp).
  'ZIPOPT', 'UNZIPOPT', 'ZIPINFOOPT', 'GZIP', 'PIGZ', 'XZ_OPT', 'XZ_DEFAULTS', 'BZIP', 'BZIP2', 'LZOP',
  // Proxies: every request goes to a host the line does not show as one.
  'HTTP_PROXY', 'HTTPS_PROXY', 'ALL_PROXY', 'FTP_PROXY', 'RSYNC_PROXY',
  // Database clients' server, service files and start-up scripts (libpq, mysql, sqlcmd): a host or code the line does not show.
  'PGHOST', 'PGHOSTADDR', 'PGSERVICE', 'PGSERVICEFILE', 'PGSYSCONFDIR', 'PSQLRC', 'MYSQL_HOST', 'SQLCMDSERVER', 'SQLCMDINI',
  // Cloud CLIs' endpoints, proxies, certificate bundles, pagers and configuration directories: a host or code the line does not show.
  'AWS_ENDPOINT_URL', 'AWS_CA_BUNDLE', 'AWS_PAGER', 'CLOUDSDK_CONFIG', 'CLOUDSDK_CORE_CUSTOM_CA_CERTS_FILE', 'CLOUDSDK_AUTH_DISABLE_SSL_VALIDATION',
  'CLOUDSDK_CORE_UNIVERSE_DOMAIN', 'AZURE_CONFIG_DIR', 'AZURE_EXTENSION_DIR',
  // Pagers of bat and delta (git runs delta as its pager).
  'BAT_PAGER', 'DELTA_PAGER',
]);

/** Prefixes of variable families that carry configuration able to run code. */
const CODE_VARIABLE_PREFIXES = ['GIT_CONFIG_KEY_', 'GIT_CONFIG_VALUE_', 'NPM_CONFIG_', 'YARN_', 'PNPM_', 'LD_', 'DYLD_', 'BASH_FUNC_', 'GIT_TRACE', 'PIP_', 'CARGO_', 'CGO_', 'UV_', 'TF_CLI_ARGS', 'LUA_INIT_', 'COREPACK_', 'BUN_CONFIG_', 'AWS_ENDPOINT_URL_', 'CLOUDSDK_API_ENDPOINT_OVERRIDES_', 'CLOUDSDK_PROXY_'];

/** Whether assigning NAME can make a later program (or bash) run code the line does not show. */
export function isCodeVariable(name: string): boolean {
  if (CODE_VARIABLES.has(name)) return true;
  const upper = name.toUpperCase();
  // Programs read the proxy variables in either case (curl, git and pip read `https_proxy`).
  if (upper.endsWith('_PROXY') && CODE_VARIABLES.has(upper)) return true;
  return CODE_VARIABLE_PREFIXES.some((p) => upper.startsWith(p));
}

/** `NAME=…`, `NAME+=…`, `NAME[…]=…`: the name, if the word is an assignment. */
export function assignedName(word: string): string | undefined {
  let k = 0;
  while (k < word.length && /[A-Za-z0-9_]/.test(word[k]!)) k++;
  if (k === 0 || /[0-9]/.test(word[0]!)) return undefined;
  const rest = word.slice(k);
  return rest.startsWith('=') || rest.startsWith('+=') || rest.startsWith('[') ? word.slice(0, k) : undefined;
}

/** An assignment that makes the line opaque: a code-carrying variable, or a value that is code bash may evaluate. */
export function assignmentOpaque(word: string): OpaqueConstruct | undefined {
  const name = assignedName(word);
  if (!name) return undefined;
  if (isCodeVariable(name)) {
    return { reason: `setting ${name} can make a program run code the line does not show`, construct: `${name}=` };
  }
  // Arithmetic, array subscripts and indirection evaluate a variable's text again: `x='a[$(id)]'; echo $((x))`.
  const value = word.slice(word.indexOf('=') + 1);
  if (value.includes('$(') || value.includes('`')) {
    if (word.includes('[')) {
      return { reason: `${name} holds text that arithmetic or an array subscript would run as code` };
    }
  }
  return undefined;
}

/** `python3 -`, `curl x | node`: the interpreter reads its program from standard input (INLINE_CODE `stdin`). */
function interpreterReadsStdin(base: string, spec: InlineCode, args: readonly Arg[]): OpaqueConstruct | undefined {
  const runsNone = spec.stdin;
  if (!runsNone) return undefined;
  for (let k = 0; k < args.length; k++) {
    const a = args[k]!;
    if (a.dynamic) return undefined;
    const v = a.value;
    if (v === '-' || v === '--') {
      const next = v === '--' ? args[k + 1] : undefined;
      if (next && next.value !== '-') return undefined;
      break;
    }
    if (!v.startsWith('-')) return undefined; // the script
    const head = v.startsWith('--') ? v.split('=')[0]! : v;
    if (runsNone.includes(head) || (base === 'python' && v.startsWith('-m'))) return undefined;
    if (spec.valued?.includes(v)) k++;
  }
  return { reason: `"${base}" reads its program from standard input, which cannot be checked`, construct: `${base} -` };
}

/**
 * `npm config set KEY VALUE` (pnpm, yarn, `pip config set`): keys that name a program or module
 * the tool runs, a registry or proxy host, or another configuration file. Returns the key.
 */
function packageConfigKey(exe: string, args: readonly Arg[]): string | undefined {
  const at = args.findIndex((a) => !a.value.startsWith('-'));
  if (at < 0 || args[at]!.value !== 'config') return undefined;
  const rest = args.slice(at + 1).filter((a) => !a.value.startsWith('-'));
  if (!rest[0] || !['set', 'add'].includes(rest[0].value)) return undefined;
  const word = rest[1];
  if (!word) return undefined;
  if (word.dynamic) return word.value;
  const key = word.value.split('=')[0]!.toLowerCase();
  const last = key.split('.').pop()!;
  return PACKAGE_CODE_KEYS.test(last) || key.startsWith('//') || key.startsWith('@') ? word.value : undefined;
}

/** npm/pnpm/yarn/pip keys that run code, move configuration or name a host (Yarn Berry's camel-cased `npmRegistryServer`, `yarnPath`, `httpsProxy`, … lower-cased). */
const PACKAGE_CODE_KEYS = /^(?:script-shell|node-options|userconfig|globalconfig|prefix|registry|.*registry|shell|editor|git|browser|viewer|onload-script|init-module|proxy|https-proxy|http-proxy|noproxy|cafile|ca|cert|key|index-url|extra-index-url|find-links|trusted-host|target|root|src|cache-dir|cache|store-dir|global-dir|yarn-path|plugins|npm-path|node-linker|unsafe-perm|ignore-scripts|.*registryserver|yarnpath|httpproxy|httpsproxy|cafilepath|enablestrictssl|unsafehttpwhitelist|injectenvironmentfiles)$/;

/** Builtins that assign the variables they name. */
export const ASSIGNING_BUILTINS: ReadonlySet<string> = new Set(['read', 'mapfile', 'readarray', 'getopts', 'printf']);

/**
 * Interpreters and the options that give them a program inline. `short`: letters that may sit in
 * a cluster (`perl -ne`); `long`: whole words, `--eval` also as `--eval=…` (single-dash options
 * that do not cluster, `erl -eval`, `ghc -e`, are listed here); `valued`: options whose value is
 * the next word, so that it is not taken for the script (`ruby -I lib -e x`); `anywhere`: the
 * program reads options after its operands too (`erl -sname n -eval x`, `scala run -e x`), so the
 * first operand does not end the search; `stdin`: the interpreter reads its program from standard
 * input when no script is named (`python3 -`, `python3 <<< 'code'`, `curl x | node`), which is as
 * opaque as `python -c`, except after the options listed (a module, the test runner, a version).
 */
interface InlineCode {
  short: string;
  long: string[];
  valued?: string[];
  anywhere?: boolean;
  stdin?: string[];
}

const INLINE_CODE: Record<string, InlineCode> = {
  python: { short: 'c', long: [], valued: ['-W', '-X', '--check-hash-based-pycs', '-m'], stdin: ['-m', '-V', '--version', '-h', '--help', '-?', '--help-env', '--help-xoptions', '--help-all'] },
  node: { short: 'ep', long: ['--eval', '--print'], valued: ['-r', '--require', '--import', '--loader', '--experimental-loader', '--input-type', '--conditions', '-C', '--env-file', '--title', '--watch-path', '--test-reporter', '--test-reporter-destination', '--test-name-pattern', '--test-concurrency'], stdin: ['-v', '--version', '-h', '--help', '--test', '--run', '--v8-options', '-i', '--interactive'] },
  bun: { short: 'ep', long: ['--eval', '--print'], valued: ['-r', '--preload', '--cwd', '--env-file', '--config', '-c', '--tsconfig-override'] },
  deno: { short: '', long: ['eval', 'repl'] },
  tsx: { short: 'ep', long: ['--eval', '--print'], valued: ['-r', '--require', '--import', '--tsconfig', '--env-file'] },
  'ts-node': { short: 'ep', long: ['--eval', '--print'], valued: ['-r', '--require', '-P', '--project', '-C', '--compiler', '-O', '--compilerOptions', '--dir', '--cwd', '-I', '--ignore'] },
  perl: { short: 'eE', long: [], valued: ['-I', '-M', '-m'], stdin: ['-v', '--version', '-h', '--help', '-V'] },
  raku: { short: 'e', long: [], valued: ['-I', '-M', '--doc', '--target', '--optimize', '--encoding', '--repl-mode'], stdin: ['-v', '--version', '-h', '--help', '-V'] },
  ruby: { short: 'e', long: [], valued: ['-I', '-r', '-C', '-E', '--encoding', '--external-encoding', '--internal-encoding', '--enable', '--disable', '--dump'], stdin: ['-v', '--version', '-h', '--help'] },
  php: { short: 'rBRE', long: ['--run'], valued: ['-c', '-d', '-f', '-F', '-t', '-S', '-z', '--php-ini', '--define', '--file', '--process-file', '--docroot', '--server', '--zend-extension'], stdin: ['-v', '--version', '-h', '--help', '-m', '--modules', '-i', '--info', '-S', '--server', '-l', '--syntax-check', '--ini', '-f', '--file', '--rf', '--rc', '--re', '--rz', '--ri'] },
  lua: { short: 'e', long: [], valued: ['-l'], stdin: ['-v'] },
  Rscript: { short: 'e', long: [], valued: ['--default-packages'] },
  R: { short: '', long: ['-e'], valued: ['--encoding', '--args', '-d', '--debugger'] },
  osascript: { short: 'e', long: [], valued: ['-l', '-s'] },
  elixir: { short: '', long: ['-e', '--eval', '--rpc-eval', '--erl'], valued: ['-r', '-pr', '-pa', '-pz', '--sname', '--name', '--cookie', '--boot', '--boot-var', '--vm-args', '--logger-otp-reports', '--logger-sasl-reports'] },
  iex: { short: '', long: ['-e', '--eval', '--rpc-eval', '--erl', '--dot-iex'], valued: ['-r', '-pr', '-pa', '-pz', '--sname', '--name', '--cookie', '--remsh', '--boot', '--boot-var', '--vm-args'] },
  erl: { short: '', long: ['-eval', '-s', '-run', '-S'], anywhere: true },
  racket: { short: 'e', long: ['--eval'], valued: ['-f', '--load', '-t', '--require', '-l', '--lib', '-p', '-d', '--load-cd', '-X', '--collects', '-S', '--search', '-A', '--addon', '-G', '--config', '-N', '--name', '-W', '--warn', '-L', '--syslog'] },
  guile: { short: '', long: ['-c'], valued: ['-l', '-e', '-L', '-C', '-x', '--language', '--listen'] },
  sbcl: { short: '', long: ['--eval'], anywhere: true },
  clisp: { short: '', long: ['-x'], anywhere: true },
  ecl: { short: '', long: ['-eval', '--eval'], anywhere: true },
  ccl: { short: 'e', long: ['--eval'], anywhere: true },
  clojure: { short: '', long: ['-e', '--eval'], anywhere: true },
  scala: { short: '', long: ['-e', '--execute-script', '--execute-scala', '--execute-java', '--execute-sc'], anywhere: true },
  amm: { short: '', long: ['-c', '--code'], anywhere: true },
  groovy: { short: 'e', long: [], valued: ['-cp', '-classpath', '--classpath', '-D', '--define', '-c', '--encoding', '-a', '--autosplit', '-i', '-l', '--configscript', '-b', '--basescript'] },
  ghc: { short: '', long: ['-e'], anywhere: true },
  ghci: { short: '', long: ['-e'], anywhere: true },
  qjs: { short: 'e', long: ['--eval'], valued: ['-I', '--include', '--stack-size', '--memory-limit'] },
  julia: { short: 'eE', long: ['--eval', '--print'], valued: ['-L', '--load', '-J', '--sysimage', '-p', '--procs', '-t', '--threads', '-C', '--cpu-target', '-O', '--machine-file'], stdin: ['-v', '--version', '-h', '--help'] },
  dc: { short: 'e', long: ['--expression'], valued: ['-f', '--file'], stdin: ['-f', '--file', '-V', '--version', '-h', '--help'] },
  octave: { short: '', long: ['--eval'], anywhere: true, valued: ['--eval', '-p', '--path', '--exec-path', '--image-path', '--info-file', '--info-program', '--doc-cache-file', '--texi-macros-file'], stdin: ['-v', '--version', '-h', '--help'] },
  matlab: { short: '', long: ['-batch', '-r'], anywhere: true },
  maxima: { short: 'r', long: ['--batch-string', '--run-string', '--batch-lisp'], anywhere: true },
  gnuplot: { short: '', long: ['-e'], anywhere: true, valued: ['-e', '-c'], stdin: ['-V', '--version', '-h', '--help'] },
  kotlinc: { short: '', long: ['-e', '-expression'], anywhere: true },
  jrunscript: { short: '', long: ['-e'], valued: ['-cp', '-classpath', '-l', '-f', '-J'] },
  rhino: { short: '', long: ['-e'], valued: ['-f', '-opt', '-O', '-version', '-modules', '-require'] },
  swift: { short: '', long: ['-e'] },
  crystal: { short: '', long: ['eval'] },
  jshell: { short: '', long: [], valued: ['--class-path', '--module-path', '--add-modules', '--startup', '-R', '-J', '--feedback', '--execution'], stdin: ['--version', '-h', '--help'] },
  // sbt without a command runs the sbt shell, whose commands (`eval`, `set`, `console`) come from standard input.
  sbt: {
    short: '',
    long: [],
    anywhere: true,
    valued: ['--sbt-dir', '-sbt-dir', '--sbt-boot', '-sbt-boot', '--ivy', '-ivy', '--sbt-jar', '-sbt-jar', '--sbt-version', '-sbt-version', '--java-home', '-java-home', '--mem', '-mem', '--sbt-launch-dir', '--sbt-launch-repo'],
    stdin: ['-h', '--help', '-help', '-V', '--version', '-version', '--numeric-version', '--script-version'],
  },
  tclsh: { short: '', long: [], valued: ['-encoding'], stdin: [] },
  wish: { short: '', long: [], valued: ['-encoding', '-display', '-geometry', '-name', '-colormap', '-visual', '-use'], stdin: ['-help'] },
  'babel-node': { short: 'ep', long: ['--eval', '--print'], valued: ['-r', '--require', '--config-file', '--extensions', '--ignore', '--only', '--plugins', '--presets'] },
  nix: { short: '', long: ['--expr', 'repl'], anywhere: true },
  'nix-instantiate': { short: '', long: ['-E', '--expr'], anywhere: true },
  'nix-build': { short: '', long: ['-E', '--expr'], anywhere: true },
  'nix-shell': { short: '', long: ['-E', '--expr'], anywhere: true },
  guix: { short: '', long: ['-e', '--expression', 'repl'], anywhere: true },
  ipython: { short: 'c', long: [], valued: ['-m'] },
  sage: { short: '', long: ['-c'] },
  gforth: { short: 'e', long: ['--evaluate'] },
  pike: { short: 'e', long: ['--execute'] },
  janet: { short: 'e', long: [] },
  fennel: { short: '', long: ['-e', '--eval'] },
  hy: { short: 'c', long: [], valued: ['-m'] },
  micropython: { short: 'c', long: [], valued: ['-m', '-X'] },
  jython: { short: 'c', long: [], valued: ['-m', '-W', '-Q'] },
  'rust-script': { short: 'e', long: ['--expr'] },
  jbang: { short: '', long: ['--code'], anywhere: true },
  gjs: { short: 'c', long: ['--command'], valued: ['-I', '--include-path', '--coverage-prefix', '--coverage-output', '--profile'] },
  d8: { short: '', long: ['-e'], anywhere: true },
  nim: { short: '', long: ['--eval'], anywhere: true },
  irb: { short: '', long: [], valued: ['-I', '-r'], stdin: ['-v', '--version', '-h', '--help'] },
  // Django's shell runs Python from -c or standard input (`manage.py shell -c CODE`, `… shell < x.py`).
  'manage.py': { short: '', long: ['shell', 'shell_plus'] },
  'django-admin': { short: '', long: ['shell', 'shell_plus'] },
  // `mix run -e CODE`, `rails runner CODE` (`rails r`), `rails console` reading standard input.
  mix: { short: '', long: ['-e', '--eval'], anywhere: true },
  rails: { short: '', long: ['runner', 'r', 'console', 'c'] },
  emacsclient: { short: 'ea', long: ['--eval', '--alternate-editor'], valued: ['-s', '--socket-name', '-f', '--server-file', '-F', '--frame-parameters', '-d', '--display', '-T', '--tramp', '-w', '--timeout'] },
  // `dotnet script eval CODE` (dotnet-script) evaluates C# given on the command line.
  dotnet: { short: '', long: ['eval'], anywhere: true },
  zx: { short: 'e', long: ['--eval'], valued: ['--shell', '--prefix', '--postfix', '--cwd', '--ext', '--registry', '--env'], stdin: ['-v', '--version', '-h', '--help', '-i', '--install'] },
  rake: { short: 'eEp', long: ['--execute', '--execute-continue', '--execute-print'], valued: ['-f', '--rakefile', '-r', '--require', '-I', '--libdir', '-R', '--rakelibdir', '-C', '--directory', '-j', '--jobs'], anywhere: true },
  m4: { short: '', long: [], valued: ['-D', '-U', '-I', '-L', '-F', '-R', '-o', '-t', '-l', '--define', '--undefine', '--include', '--nesting-limit', '--freeze-state', '--reload-state', '--error-output', '--trace', '--arglength', '--debugfile'], stdin: ['--version', '--help'] },
};

/**
 * Modules `python -m` runs whose arguments are Python code: every operand (`timeit` statements;
 * `code` and `asyncio`, REPLs reading standard input), or the value of the options listed.
 */
const PYTHON_CODE_MODULES: Record<string, true | string[]> = {
  timeit: true,
  code: true,
  asyncio: true,
  pdb: ['-c', '--command'],
  IPython: ['-c', '--InteractiveShellApp.code_to_run'],
  idlelib: ['-c', '-r'],
};

/** JavaScript runtimes that import a `data:` URL as a module. */
const DATA_URL_RUNTIMES = new Set(['node', 'bun', 'deno', 'tsx', 'ts-node']);

/** Other names of an interpreter that reads its command line as the named one does. */
const SAME_INTERPRETER: Readonly<Record<string, string>> = {
  nodejs: 'node',
  esno: 'tsx',
  clj: 'clojure',
  'scala-cli': 'scala',
  'kotlinc-jvm': 'kotlinc',
  kotlin: 'kotlinc',
  perl6: 'raku',
  rakudo: 'raku',
  'octave-cli': 'octave',
};

/** SAME_INTERPRETER as a Map: the name comes from the command line (see ownEntries). */
const SAME_INTERPRETER_BY_NAME = ownEntries(SAME_INTERPRETER);

/** Versioned and other names of the same interpreter (`lua5.4`, `luajit`, `ruby3.2`, `perl5.36`, `php8.2`, `nodejs`). */
function interpreterBase(exe: string): string {
  // Every versioned name ends with a digit or a dot (or is `python`, `pypy`, `luajit`): the
  // expressions are run only on those, not on every program name.
  const last = exe.charCodeAt(exe.length - 1);
  const versioned = (last >= 48 && last <= 57) || last === 46 || exe === 'python' || exe === 'pypy' || exe === 'luajit';
  if (versioned && /^(?:python|pypy)[0-9.]*$/.test(exe)) return 'python';
  const m = versioned ? /^(?:(lua)(?:[0-9][0-9.]*|jit)|(ruby|perl|php)[0-9][0-9.]*)$/.exec(exe) : null;
  if (m) return (m[1] ?? m[2])!;
  const same = SAME_INTERPRETER_BY_NAME.get(exe);
  if (same) return same;
  const tcl = versioned ? /^(tclsh|wish)[0-9][0-9.]*$/.exec(exe) : null;
  if (tcl) return tcl[1]!;
  return exe;
}

const INLINE_CODE_BY_NAME = ownEntries(INLINE_CODE);

/** What makes `exe args…` opaque, if anything (the program itself is known). */
export function programOpaque(exe: string, args: readonly Arg[]): OpaqueConstruct | undefined {
  const base = interpreterBase(exe);
  // Database clients, debuggers and REPLs (data/program-hazards.json, `statements`).
  const statements = statementLanguage(base, args);
  if (statements) {
    const shown = [exe, ...args.map((a) => a.value)].join(' ');
    return { reason: `"${statements.name}" runs ${statements.language}, from its arguments, files or standard input`, construct: shown };
  }
  const inline = INLINE_CODE_BY_NAME.get(base);
  if (inline) {
    // `node --import 'data:text/javascript,…'`, `deno run 'data:…'`: a data: URL is code on the line.
    const dataUrl = DATA_URL_RUNTIMES.has(base) ? args.find((a) => /^(?:--?[\w-]+=)?data:/i.test(a.value)) : undefined;
    if (dataUrl) return { reason: `"${exe}" runs code given in a data: URL on the command line, which cannot be checked`, construct: `${exe} data:` };
    // Node's network imports: `--import https://…` (and any https: import) fetches code from a host and runs it.
    const network = base === 'node' ? args.find((a) => /^--experimental-network-imports(?:=|$)/.test(a.value)) : undefined;
    if (network) return { reason: `"${exe} ${network.value}" runs code fetched from the network, which cannot be checked`, construct: `${exe} ${network.value}` };
    for (let k = 0; k < args.length; k++) {
      const a = args[k]!;
      if (a.value === '--') break;
      // perl -MMODULE is `use MODULE;`: anything but a module name (and its import list) is code (`-M'strict;system(…)'`).
      if (base === 'perl' && /^-[mM]/.test(a.value)) {
        const module = a.value.length > 2 ? a.value.slice(2) : args[k + 1]?.value ?? '';
        if (!/^-?[\w:]+(?:=[\w:.,/+-]*)?$/.test(module)) {
          return { reason: `"${exe} ${a.value.slice(0, 2)}${module}" holds Perl code, which cannot be checked`, construct: `${exe} ${a.value.slice(0, 2)}` };
        }
      }
      if (inline.long.includes(a.value) || inline.long.some((l) => a.value.startsWith(`${l}=`) || a.value.startsWith(`${l}:`))) {
        return { reason: `"${exe} ${a.value}" runs a program given on the command line, which cannot be checked`, construct: `${exe} ${a.value}` };
      }
      if (/^-[A-Za-z]+/.test(a.value) && !a.value.startsWith('--')) {
        // A cluster ends at an option that takes a value: the rest of the word is that value (`ruby -Iexamples`).
        const c = readShortCluster(a.value, (ch) => (inline.valued?.includes(`-${ch}`) ? 'value' : 'flag'));
        const flag = c.flags.find((ch) => inline.short.includes(ch));
        if (flag) return { reason: `"${exe} -${flag}" runs a program given on the command line, which cannot be checked`, construct: `${exe} -${flag}` };
      }
      // `-W action:message:category`: a dotted category is imported (`ignore::evil.X` runs evil.py).
      if (base === 'python' && a.value.startsWith('-W')) {
        const spec = a.value.length > 2 ? a : args[k + 1];
        if (spec && (spec.dynamic || (spec.value.split(':')[2] ?? '').includes('.'))) {
          return { reason: `"${exe} -W ${spec.value}" imports the module its warning category names`, construct: `${exe} -W` };
        }
      }
      if (base === 'python' && a.value.startsWith('-m')) {
        // `python -m timeit STMT`, `python -m pdb -c CMD x.py`: a module whose arguments are code.
        const module = a.value.length > 2 ? a.value.slice(2) : args[k + 1]?.value ?? '';
        const code = own(PYTHON_CODE_MODULES, module);
        const after = args.slice(a.value.length > 2 ? k + 1 : k + 2);
        if (code === true || (code && after.some((w) => code.includes(w.value.split('=')[0]!)))) {
          return { reason: `"${exe} -m ${module}" runs Python code given on the command line, which cannot be checked`, construct: `${exe} -m ${module}` };
        }
        break; // the module's own arguments follow
      }
      if (inline.valued?.includes(a.value)) {
        k++; // its value, not the script
        continue;
      }
      if (!a.value.startsWith('-') && !inline.anywhere) {
        // `python manage.py shell -c CODE`: a script that is itself a code runner of the table.
        const script = a.value.slice(a.value.lastIndexOf('/') + 1);
        if (base === 'python' && script.endsWith('.py') && own(INLINE_CODE, script)) return programOpaque(script, args.slice(k + 1));
        break; // the script (or the program's own arguments) starts here
      }
    }
    const stdin = interpreterReadsStdin(base, inline, args);
    // A tool read the same everywhere (`rake -e`, `dotnet script eval`) may also have code options (`rake -r`, `dotnet -p:`).
    if (stdin || !inline.anywhere) return stdin;
  }
  // Options whose value is a command or code (data/program-hazards.json, `code`).
  const code = scanHazards(exe, args).find((h) => h.kind === 'code');
  if (code) {
    const named = code.scope ? `${exe} ${code.scope} ${code.option}` : `${exe} ${code.option}`;
    return { reason: `"${named}" can make it run code the line does not show`, construct: named };
  }
  if (hasInlineProgram(exe)) return inlineProgramOpaque(exe, args);
  if (SHELL_ARCHIVES.has(exe)) {
    // A shell archive is a shell script: unshar runs it with sh, and its commands can do anything.
    return { reason: `"${exe}" runs each shell archive with sh, whose commands can write, read or run anything`, construct: exe };
  }
  if (LINE_EDITORS.has(exe)) {
    // Its commands come from standard input (a here-string, a pipe, a redirect): `w FILE` writes
    // any file, `r FILE` reads one, and `!cmd` runs a command (red refuses only the last).
    return { reason: `"${exe}" runs editing commands from standard input, which can write and read any file`, construct: exe };
  }
  if ((exe === 'sed' || exe === 'gsed') && args.some((a) => a.value === '-f' || a.value.startsWith('--file'))) {
    return { reason: `"${exe} -f" runs a script from a file, which cannot be checked`, construct: `${exe} -f` };
  }
  if (exe === 'ssh' || exe === 'scp' || exe === 'sftp' || exe === 'autossh' || exe === 'sshfs') {
    // -o ProxyCommand=…, LocalCommand, KnownHostsCommand (sshfs: ssh_command=…) run local commands.
    for (let k = 0; k < args.length; k++) {
      const v = args[k]!.value;
      const value = v === '-o' ? args[k + 1]?.value ?? '' : v.startsWith('-o') ? v.slice(2) : '';
      const lower = value.toLowerCase();
      if (args[k]!.dynamic && v.startsWith('-o')) return { reason: `"${exe} -o" is given an option known only at run time`, construct: `${exe} -o` };
      if (lower.includes('command') || lower.includes('proxyjump') || lower.includes('include')) {
        return { reason: `"${exe} -o ${value}" runs a local command`, construct: `${exe} -o` };
      }
    }
  }
  if (exe === 'git') {
    if (isGitConfig(args)) return gitConfigOpaque(args);
    for (const a of args) {
      if (a.value === '--') break;
      if (/^(?:--?config|core\.|alias\.)/i.test(a.value)) {
        return { reason: `"${exe} ${a.value}" can make it run code the line does not show`, construct: `${exe} ${a.value}` };
      }
    }
  }
  if (exe === 'npm' || exe === 'pnpm' || exe === 'yarn' || exe === 'pip' || exe === 'pip3' || exe === 'uv') {
    const key = packageConfigKey(exe, args);
    if (key) return { reason: `"${exe} config set ${key}" changes where ${exe} fetches from or what it runs, for later commands`, construct: `${exe} config set ${key}` };
  }
  if (exe === 'go') {
    // `-ldflags` is a list of the linker's flags: `-extld`/`-extldflags`/`-extar` name the external
    // linker (and its flags: `-fuse-ld=`, `-B`) it runs, `-I` the ELF interpreter the built
    // program runs under (`go run`, `go test`); `-gccgoflags` are gccgo's (`-B`, `-wrapper`).
    for (let k = 0; k < args.length; k++) {
      const m = /^--?(ldflags|gccgoflags)(?:=(.*))?$/s.exec(args[k]!.value);
      if (!m) continue;
      const value = m[2] !== undefined ? args[k]! : args[k + 1];
      const text = m[2] ?? value?.value ?? '';
      if (value?.dynamic || m[1] === 'gccgoflags' || /(?:^|[\s'"=])--?(?:extld|extldflags|extar|I)(?:$|[\s'"=/])/.test(text)) {
        return { reason: `"${exe} -${m[1]} ${text}" can make it run a program the line does not show (an external linker, its flags, or an interpreter)`, construct: `${exe} -${m[1]}` };
      }
    }
  }
  if (exe === 'mvn' || exe === 'mvnw') {
    const plugin = mavenPluginOpaque(exe, args);
    if (plugin) return plugin;
  }
  if (exe === 'gio' && args[0]?.value === 'launch') {
    // `gio launch FILE.desktop`: runs the desktop entry's Exec line.
    return { reason: '"gio launch" runs the command line of a desktop entry, which the line does not show', construct: 'gio launch' };
  }
  if (OPENERS.has(exe) || (exe === 'gio' && args[0]?.value === 'open')) {
    const opened = openerOpaque(exe, exe === 'gio' ? args.slice(1) : args);
    if (opened) return opened;
  }
  if (exe === 'git' && args.some((a) => /^ext::/.test(a.value))) {
    return { reason: 'a git "ext::" URL runs a command', construct: 'git ext::' };
  }
  // Builtins that assign a variable they name (`read PAGER`, `printf -v GIT_EDITOR x`, `getopts o PAGER`,
  // `mapfile LESSOPEN`): a code-carrying variable set this way is as opaque as `PAGER=…`.
  if (ASSIGNING_BUILTINS.has(exe)) {
    for (let k = 0; k < args.length; k++) {
      const a = args[k]!;
      // printf assigns only the name of `-v NAME`; the others every name they are given.
      const name = exe !== 'printf' ? (a.value.startsWith('-a') && exe === 'read' ? a.value.slice(2) : a.value)
        : a.value.startsWith('-v') && a.value.length > 2 ? a.value.slice(2) : args[k - 1]?.value === '-v' ? a.value : '';
      if (!a.dynamic && name && isCodeVariable(name)) {
        return { reason: `"${exe}" sets ${name}, which can make a program run code the line does not show`, construct: `${name}=` };
      }
    }
  }
  switch (exe) {
    case 'set':
      // `set -k`: every NAME=value word of a later command is an assignment to its environment.
      if (args.some((a) => /^-[A-Za-z]*k/.test(a.value)) || args.some((a, i) => a.value === 'keyword' && /^-[A-Za-z]*o$/.test(args[i - 1]?.value ?? ''))) {
        return { reason: '"set -k" makes NAME=value arguments of later commands environment variables', construct: 'set -k' };
      }
      return undefined;
    case 'mapfile':
    case 'readarray':
      if (args.some((a) => /^-[A-Za-z]*C/.test(a.value))) return { reason: `"${exe} -C" runs a callback`, construct: `${exe} -C` };
      return undefined;
    case 'hash':
      if (args.some((a) => /^-[A-Za-z]*p/.test(a.value))) return { reason: '"hash -p" binds a command name to another program', construct: 'hash -p' };
      return undefined;
    case 'enable':
      return { reason: '"enable" loads or hides builtins, changing what later names run', construct: 'enable' };
    case 'fc':
      // `fc -l` only lists the history; `fc -s`, `fc -e EDITOR`, `fc N` run commands from it (and
      // the editor), which the line does not show.
      if (args.length > 0 && /^-[A-Za-z]*l/.test(args[0]!.value)) return undefined;
      return { reason: '"fc" runs commands again from the shell\'s history, which the line does not show', construct: 'fc' };
    case 'complete':
    case 'compgen':
      if (args.some((a) => /^-[A-Za-z]*[CF]/.test(a.value))) return { reason: `"${exe} -C/-F" runs a command`, construct: `${exe} -C` };
      return undefined;
    case 'bind':
      if (args.some((a) => /^-[A-Za-z]*x/.test(a.value))) return { reason: '"bind -x" runs a command', construct: 'bind -x' };
      return undefined;
    case 'export':
    case 'declare':
    case 'typeset':
    case 'local':
    case 'readonly':
      for (const a of args) {
        if (a.dynamic && !a.value.startsWith('-')) return { reason: `"${exe}" assigns a name known only at run time`, construct: exe };
        const o = assignmentOpaque(a.value);
        if (o) return o;
      }
      if (exe !== 'export' && args.some((a) => /^-[A-Za-z]*n/.test(a.value))) {
        return { reason: `"${exe} -n" makes a name refer to another variable`, construct: `${exe} -n` };
      }
      return undefined;
    case 'shopt':
      if (args.some((a) => a.value === 'expand_aliases' || a.value === 'extdebug' || a.value === 'execfail')) {
        return { reason: '"shopt" turns on an option that changes what later names run', construct: 'shopt' };
      }
      return undefined;
    case 'ulimit':
    case 'umask':
      return undefined;
  }
  return undefined;
}

/**
 * Programs that hand a file or URL to whatever the desktop associates with it (macOS `open`,
 * `xdg-open`, Cygwin's `cygstart`, Windows' `start` from Git Bash, WSL's `wslview`, `gio open`):
 * a script, an application bundle, a `.command`, `.desktop` or `.bat` file, or an executable
 * without an extension is run (`open x.command` runs it in Terminal; `start notepad` and
 * `cygstart prog ARGS` run a program), and an application named with `-a`/`-b` does with the file
 * what it does (`open -a Terminal x.sh` runs it). The association is machine configuration.
 */
const OPENERS = new Set(['open', 'xdg-open', 'cygstart', 'start', 'wslview', 'gnome-open', 'kde-open', 'kde-open5', 'exo-open', 'mimeopen', 'explorer.exe', 'kioclient', 'kioclient5']);

/** Extensions of files an opener may run rather than show. */
const RUNNABLE_EXTENSIONS = new Set([
  'sh', 'bash', 'zsh', 'ksh', 'csh', 'tcsh', 'fish', 'command', 'tool', 'app', 'terminal', 'workflow', 'action', 'scpt', 'scptd',
  'applescript', 'jar', 'py', 'pyw', 'pl', 'rb', 'php', 'js', 'jse', 'vbs', 'vbe', 'wsf', 'wsh', 'hta', 'bat', 'cmd', 'com', 'exe',
  'msi', 'msc', 'ps1', 'psm1', 'scr', 'cpl', 'lnk', 'url', 'webloc', 'inetloc', 'desktop', 'run', 'bin', 'appimage', 'pkg', 'mpkg',
  'dmg', 'deb', 'rpm', 'apk', 'reg', 'inf', 'ws', 'xpi', 'crx', 'vsix', 'prefpane', 'kext', 'plugin', 'saver', 'mobileconfig',
]);

/** `open -a APP FILE`, `open x.command`, `xdg-open x.desktop`, `start prog`: the opener may run code the line does not show. */
function openerOpaque(exe: string, args: readonly Arg[]): OpaqueConstruct | undefined {
  for (const a of args) {
    const v = a.value;
    if (a.dynamic) return { reason: `"${exe}" opens ${v}, known only at run time, with whatever program the machine associates with it`, construct: exe };
    // `open -a APP`, `-b BUNDLE`, `--args`, `--env`; `cygstart -a ACTION` (runas); `start /B prog`.
    if (/^(?:-[ab]|--args|--env|--action|\/)/.test(v) && !(exe === 'open' && /^-[a-z]*[et]$/.test(v))) {
      return { reason: `"${exe} ${v}" has the file run or shown by a program the line does not name, which may run it`, construct: `${exe} ${v.split('=')[0]!}` };
    }
    if (v.startsWith('-') || v === '.' || v === '..' || v.endsWith('/') || /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(v)) continue;
    const base = v.slice(v.lastIndexOf('/') + 1);
    const dot = base.lastIndexOf('.');
    const ext = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
    if (ext === '' || RUNNABLE_EXTENSIONS.has(ext)) {
      return { reason: `"${exe} ${v}" may run it (a script, an application, a program or a file without an extension) with whatever the machine associates with it`, construct: `${exe} ${v}` };
    }
  }
  return undefined;
}

/** Maven's default plugin groups: their goals are what `mvn PREFIX:GOAL` runs anyway (`dependency:tree`, `exec:exec`). */
const MAVEN_PLUGIN_GROUPS = new Set(['org.apache.maven.plugins', 'org.codehaus.mojo']);
/** mvn options whose value is the next word (data/programs.json). */
const MAVEN_VALUED = new Set(['-D', '-P', '--activate-profiles', '-pl', '--projects', '-rf', '--resume-from', '-T', '--threads', '-b', '--builder', '-l', '--log-file', '-f', '--file', '-s', '--settings', '-gs', '--global-settings', '-t', '--toolchains', '-gt', '--global-toolchains', '-e', '-am', '-amd']);

/**
 * `mvn GROUP:ARTIFACT[:VERSION]:GOAL`: a plugin named by its coordinates is fetched from a
 * repository and run, whether or not the project's pom declares it: code the repository does not
 * hold (`mvn evil.example:x-plugin:1.0:run`), also after an allowed goal (`mvn test G:A:V:GOAL`).
 */
function mavenPluginOpaque(exe: string, args: readonly Arg[]): OpaqueConstruct | undefined {
  for (let k = 0; k < args.length; k++) {
    const a = args[k]!;
    if (!a.dynamic && a.value.startsWith('-')) {
      if (MAVEN_VALUED.has(a.value) && !['-e', '-am', '-amd'].includes(a.value)) k++;
      continue;
    }
    if (a.dynamic) return { reason: `"${exe}" is given a goal known only at run time, which may name any plugin`, construct: exe };
    const parts = a.value.split(':');
    if (parts.length >= 3 && parts.length <= 5 && parts.every((p) => p !== '') && !MAVEN_PLUGIN_GROUPS.has(parts[0]!)) {
      return { reason: `"${exe} ${a.value}" runs a plugin named by its coordinates, fetched from a repository: code the line and the repository do not show`, construct: `${exe} ${parts[0]}:${parts[1]}` };
    }
  }
  return undefined;
}

/** Programs that unpack shell archives by running them as shell scripts (sharutils). */
const SHELL_ARCHIVES = new Set(['unshar']);

/** Line editors (ed and its kin, vi's ex mode): their commands are a program of their own. */
const LINE_EDITORS = new Set(['ed', 'red', 'ex']);

/** Wrappers whose options are not modelled: they run another program in a way the engine does not follow. */
export const UNMODELLED_RUNNERS = new Set([
  'chroot', 'script', 'watch', 'parallel', 'pkexec', 'flock', 'nsenter', 'unshare', 'strace', 'ltrace', 'chrt',
  'prlimit', 'setpriv', 'sg', 'firejail', 'bwrap', 'systemd-run', 'machinectl', 'ssh-agent', 'dbus-run-session',
  'catchsegv', 'valgrind', 'gdb', 'lldb', 'perf', 'faketime', 'proot', 'fakeroot', 'torsocks', 'proxychains',
  'proxychains4', 'tsocks', 'caffeinate', 'systemd-inhibit', 'start-stop-daemon', 'daemonize', 'run-parts',
  'entr', 'inotifywait', 'reflex', 'nodemon', 'with-contenv', 's6-setuidgid', 'chpst', 'cpulimit', 'numactl',
  'setarch', 'linux32', 'linux64', 'trickle', 'tmux', 'screen', 'expect', 'at', 'batch', 'crontab', 'sshpass',
  // File watchers and process runners whose commands are shell strings among their own options.
  'watchexec', 'chokidar', 'concurrently', 'onchange', 'watchman-make', 'scl', 'cross-env-shell',
  // Job queues, retries, init shims, cluster launchers and sandboxes that run the command they are given.
  'pee', 'retry', 'tini', 'catatonit', 'pueue', 'tsp', 'nq', 'sem', 'srun', 'sbatch', 'mpirun', 'mpiexec',
  'heaptrack', 'cgexec', 'schedtool', 'runas', 'sandbox-exec', 'dbus-launch',
  // Readline and pipe helpers, lock and compiler wrappers (ccache, sccache, distcc, icecc take
  // settings on their own line that prefix the compiler with any command), detachers, sandboxes
  // and security-context launchers, inetd-like servers (each connection runs the command),
  // `newgrp` (a new shell reading standard input), `vipe` ($EDITOR), `launchctl asuser/submit`.
  'rlwrap', 'mispipe', 'lckdo', 'ccache', 'sccache', 'distcc', 'icecc', 'pump', 'dtach', 'abduco',
  'flatpak-spawn', 'apptainer', 'singularity', 'rootlesskit', 'runcon', 'aa-exec', 'capsh', 'tcpserver',
  'tcpsvd', 'udpsvd', 'newgrp', 'vipe', 'launchctl',
  // Containers entered through a root directory (a login shell, or the command given).
  'systemd-nspawn', 'schroot',
  // pkgx (`pkgx [+PKG…] CMD ARG…`): its `+PKG` words add packages before the command it runs.
  'pkgx',
  // Desktop-entry launchers: the entry's Exec line is a command the line does not show.
  'gtk-launch', 'dex',
]);

/** Windows' `cmd /c STRING` (`cmd //c` from Git Bash): a foreign shell; a bare `cmd` is any program. */
export function isWindowsCmd(exe: string, args: readonly Arg[]): boolean {
  return exe === 'cmd' && args.some((a) => /^\/\/?[ckCK]$/.test(a.value));
}

/** Shells whose `-c` string is not bash syntax: it is opaque, never read as bash. */
export const FOREIGN_SHELLS = new Set([
  'fish', 'csh', 'tcsh', 'pwsh', 'powershell', 'nu', 'elvish', 'xonsh', 'rc', 'es',
  // Oils (osh, ysh), ion, murex, hush, and Windows' cmd and PowerShell under their .exe names.
  'osh', 'ysh', 'oil', 'ion', 'murex', 'hush', 'cmd.exe', 'powershell.exe', 'pwsh.exe',
]);
