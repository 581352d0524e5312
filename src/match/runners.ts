// Programs whose documented job is to run another program (SPEC 3, "Commands"): environment and
// secret injectors (`op run -- CMD`, `doppler run`, `aws-vault exec P -- CMD`, `sops exec-env F
// 'CMD'`), tool and project shells (`nix shell … -c CMD`, `nix-shell --run 'CMD'`, `conda run -n E
// CMD`, `mise exec -- CMD`), benchmark runners (`hyperfine 'CMD'`), and programs that run the
// command somewhere else: remote and fleet shells (`ssh HOST CMD`, `pdsh -w H CMD`), containers and
// machines (`docker exec C CMD`, `kubectl exec P -- CMD`, `vagrant ssh -c 'CMD'`), decided as if
// it ran here (what it touches there is read as a touch here: the SAFE reading). The command each
// runs is found from the runner's own options and decided as a simple command of its own (its
// words as written), or, when it is a shell command line, analysed as one. When the runner's words cannot
// be read exactly (an option not listed here, a word known only at run time, no `--` where the
// command must follow one), the line is opaque: commands.opaque decides it, and the denies still
// meet every reading (src/engine/opaque-denies.ts).
import { own, ownEntries } from './own.js';
import { PROGRAM_SPECS, TOUCH_MODELS } from './program-tables.js';
import { readShortCluster, type ShortLetter } from './short-options.js';
import type { Arg } from './shell-wrappers.js';

interface RunnerSpec {
  /** The subcommands that run a command (`op run`, `nix shell`); absent: the program itself does. */
  sub?: string[];
  /** Operands before the command (`aws-vault exec PROFILE`, `direnv exec DIR`, `sops exec-env FILE`). */
  positionals?: number;
  /**
   * What the other operands are: `command` (the default), the first starts the command it runs;
   * `shell`, each is a shell command line (`hyperfine 'CMD' 'CMD'`, `sops exec-env FILE 'CMD'`);
   * `own`, the runner's own (packages, tools, services): the command follows `--` or an option;
   * `joined`, they are joined by spaces into one shell command line (`ssh HOST rm -rf x` runs `rm
   * -rf x` with the remote user's shell, which splits it again); without them that shell reads
   * its commands from standard input (a here-document is analysed: `ssh HOST <<'EOF'`).
   */
  operands?: 'command' | 'shell' | 'own' | 'joined';
  /** Options without a value. */
  flags?: string[];
  /** Options whose value is the next word (or attached with `=`). */
  valued?: string[];
  /** Options after which the remaining words are the command (`nix shell -c CMD ARG…`; `--` too where listed). */
  commandOptions?: string[];
  /** Options whose value is a shell command line (`nix-shell --run 'CMD'`, `hyperfine --prepare 'CMD'`). */
  shellOptions?: string[];
  /** Options that change what runs in a way not modelled (hyperfine's parameter substitution, `just --shell`). */
  opaque?: string[];
  /** Without the options above it runs no command of the line (`just build` runs a recipe): not opaque; a `--` is not one. */
  optionsOnly?: boolean;
  /**
   * Subcommands whose installable names the program (`nix run nixpkgs#bash -- -c CMD` runs `bash -c
   * CMD`: the name after `#`, its last `.` part); without `#NAME` it runs the flake's default app.
   */
  installable?: string[];
  /** A `--` after the command's name is the runner's, dropped (`stack exec rm -- -rf x` runs `rm -rf x`). */
  dropsDashDash?: boolean;
  /**
   * Commands of the runner's own, as the program that does the same (`cmake -E remove_directory D`
   * is `rm -rf D`); its other commands named as programs (`cmake -E rm`, `env`, `tar`) are those.
   */
  spellings?: Record<string, string[]>;
  /** Without a command it runs its own default (`docker run IMAGE`: the image's command; `lxc-attach`: a shell): not opaque. */
  ownDefault?: boolean;
  /** Short options the getopt way: flags clustered (`-tt`, `-it`), a value attached to its letter (`-p22`) or the next word. */
  clusters?: boolean;
  /** The subcommand counts only right after one of these words (`gh codespace ssh`, `podman machine ssh`). */
  subAfter?: string[];
  /**
   * An optional operand before the command, told from the command only at run time (`nvm exec
   * [VERSION] CMD`, where VERSION may also be an alias; `podman machine ssh [NAME] CMD`, NAME when
   * such a machine exists): a first operand matching this is that operand; any other may be either,
   * so the line is opaque and the reading where it starts the command is decided too (the denies
   * meet every tail of the words: src/engine/opaque-denies.ts).
   */
  maybePositional?: RegExp;
  /** The program the subcommand runs, put before the words that follow (`nvm run 18 x.js` runs `node x.js`). */
  program?: string;
  /** After `--`, options of another program (ssh's) may come before the command: such a word is not modelled (opaque). */
  optionsAfterDashDash?: boolean;
}

const CONDA: RunnerSpec = {
  sub: ['run'],
  flags: ['--live-stream', '--no-capture-output', '-v', '--verbose', '--debug-wrapper-scripts', '--dev', '-q', '--quiet'],
  valued: ['-n', '--name', '-p', '--prefix', '--cwd', '-a', '--attach', '--env', '-e', '--root-prefix', '-r'],
};

/** `wsl -e CMD`, `wsl CMD` (a Linux command line), from Windows and Git Bash. */
const WSL: RunnerSpec = { commandOptions: ['-e', '--exec'], flags: ['--system'], valued: ['-d', '--distribution', '-u', '--user', '--cd', '--shell-type'] };

/** ssh's options that take a value, as data/programs.json reads them; ssh reads options after the host too (`ssh HOST -t CMD`). */
const SSH_VALUED = PROGRAM_SPECS.view<{ valued: string[] }>().get('ssh')!.valued;
const SSH: RunnerSpec = { positionals: 1, operands: 'joined', clusters: true, flags: ['-4', '-6', '-A', '-a', '-C', '-f', '-G', '-g', '-K', '-k', '-M', '-N', '-n', '-q', '-s', '-T', '-t', '-v', '-X', '-x', '-Y', '-y'], valued: SSH_VALUED };

/** docker's options of `run` (those of `exec` are among them), as data/programs.json reads them for image references. */
const DOCKER_OPTIONS = TOUCH_MODELS.view<{ imageRefs: { runValued: string[]; flags: string[] } }>().get('docker')!.imageRefs;
/**
 * `docker exec CONTAINER CMD…`, `docker run IMAGE [CMD…]` (`container exec`, `compose exec SERVICE
 * CMD…`, `compose run` alike; podman and nerdctl take docker's command line): without a command,
 * `run` runs the image's own.
 */
const CONTAINER_ENGINE: RunnerSpec = {
  sub: ['exec', 'run'],
  positionals: 1,
  clusters: true,
  ownDefault: true,
  valued: [...DOCKER_OPTIONS.runValued, '--detach-keys', '--index'],
  flags: [...DOCKER_OPTIONS.flags, '-T', '--no-TTY', '--no-deps', '--service-ports', '--build', '--remove-orphans', '--quiet-pull', '--use-aliases', '--dry-run'],
};
const PSSH: RunnerSpec = {
  operands: 'joined',
  flags: ['-v', '--verbose', '-A', '--askpass', '-i', '--inline', '--inline-stdout', '-P', '--print', '-I', '--send-input'],
  valued: ['-h', '--hosts', '-H', '--host', '-l', '--user', '-p', '--par', '-o', '--outdir', '-e', '--errdir', '-t', '--timeout', '-O', '--option', '-x', '--extra-args', '-X', '--extra-arg'],
};
const ORB_RUN: RunnerSpec = { ownDefault: true, flags: ['-s', '--shell'], valued: ['-m', '--machine', '-u', '--user', '-w', '--workdir'] };
const LIMA_SHELL = { flags: ['--reconnect', '--preserve-env', '--tty', '--debug'], valued: ['--workdir', '--shell', '--log-level'] };
const SALT_SHELL: RunnerSpec = { sub: ['cmd.run', 'cmd.run_all', 'cmd.run_stdout', 'cmd.run_stderr', 'cmd.run_bg', 'cmd.shell', 'cmd.retcode'], operands: 'shell' };
const FLY_CONSOLE: RunnerSpec = { sub: ['console'], operands: 'own', ownDefault: true, shellOptions: ['-C', '--command'] };
const LXC: RunnerSpec = {
  sub: ['exec'],
  positionals: 1,
  flags: ['-n', '--disable-stdin', '-t', '--force-interactive', '-T', '--force-noninteractive', '-q', '--quiet', '-v', '--verbose', '--debug', '--force-local'],
  valued: ['--cwd', '--env', '--mode', '--user', '--group', '--project'],
};

/** mise was called rtx before its 2024 rename; the same command line. */
const MISE: RunnerSpec = { sub: ['exec', 'x'], operands: 'own', shellOptions: ['-c', '--command'] };
/**
 * nvm (a shell function): `nvm exec [--silent] [--lts] [VERSION] CMD…`, `nvm run [VERSION] ARG…`
 * (`node ARG…`); without a version .nvmrc's. A first word nvm reads as a version (`18`, `v20.1`,
 * `node`, `lts/*`) is dropped; any other may be an alias (`nvm alias x 18`) or the command.
 */
const NVM_VERSION = /^(?:v?[0-9]+(?:\.[0-9x]+){0,2}|node|iojs|stable|unstable|system|default|lts\/.*)$/;
const NVM = { flags: ['--silent', '--lts'], valued: [] as string[], opaque: ['--'], maybePositional: NVM_VERSION };
/** `podman machine ssh [--username U] [NAME] [CMD…]`: NAME when such a machine exists, else the command's first word; the rest joined into a line for ssh. */
const PODMAN_MACHINE_SSH: RunnerSpec = { sub: ['ssh'], subAfter: ['machine'], operands: 'joined', valued: ['--username'], maybePositional: /^podman-machine-default$/ };

const RUNNERS: Record<string, RunnerSpec | RunnerSpec[]> = {
  // Secret and environment injectors: the program runs with secrets in its environment.
  op: { sub: ['run'], operands: 'own' },
  doppler: { sub: ['run'], operands: 'own', shellOptions: ['--command'] },
  dotenvx: { sub: ['run'], operands: 'own' },
  dotenv: { operands: 'own' },
  envconsul: { operands: 'own' },
  chamber: { sub: ['exec'], operands: 'own' },
  'aws-vault': {
    sub: ['exec'],
    positionals: 1,
    flags: ['-n', '--no-session', '-j', '--json', '-s', '--server', '--ec2-server', '--ecs-server', '--lazy', '--stdout', '--debug'],
    valued: ['-d', '--duration', '--region', '-t', '--mfa-token', '--prompt', '--backend', '--keychain'],
  },
  envchain: { positionals: 1 },
  sops: { sub: ['exec-env', 'exec-file'], positionals: 1, operands: 'shell', flags: ['--background', '--no-fifo', '--pristine', '--same-process'], valued: ['--user', '--filename', '--input-type', '--output-type', '--config'] },
  direnv: { sub: ['exec'], positionals: 1 },
  envdir: { positionals: 1 },
  'env-cmd': {
    flags: ['--fallback', '--no-override', '--silent', '--use-shell', '--verbose', '-x', '--expand-envs', '--recursive'],
    valued: ['-f', '--file', '-r', '--rc-file', '-e', '--environments'],
  },
  infisical: { sub: ['run'], operands: 'own', shellOptions: ['--command'] },
  teller: { sub: ['run'], operands: 'own' },
  berglas: { sub: ['exec'], operands: 'own' },
  bws: { sub: ['run'], operands: 'own' },
  saml2aws: { sub: ['exec'], operands: 'own' },
  summon: { flags: ['--up', '--ignore-all', '--all-provider-versions'], valued: ['-p', '--provider', '-f', '-D', '--yaml', '--ignore', '-e', '--environment'] },
  assume: { operands: 'own', optionsOnly: true, shellOptions: ['-x', '--exec'] },
  railway: { sub: ['run'], valued: ['-s', '--service', '-e', '--environment'] },
  netlify: { sub: ['dev:exec'], valued: ['--context', '--filter'] },
  heroku: { sub: ['local:run'], valued: ['-e', '--env', '-p', '--port'] },
  firebase: { sub: ['emulators:exec'], operands: 'shell', flags: ['--ui'], valued: ['--only', '--project', '-P', '--import', '--export-on-exit', '--inspect-functions', '--log-verbosity'] },
  ip: { sub: ['exec'], positionals: 1 },
  // `elixir -S mix …`, `ruby -S rake …`: the program named after -S, looked up on PATH, with the rest.
  elixir: { operands: 'own', optionsOnly: true, commandOptions: ['-S'] },
  iex: { operands: 'own', optionsOnly: true, commandOptions: ['-S'] },
  ruby: { operands: 'own', optionsOnly: true, commandOptions: ['-S'] },
  // Terminal multiplexers and emulators that start a command in a new pane or window.
  zellij: { sub: ['run'], operands: 'own' },
  wezterm: { sub: ['start', 'spawn'], operands: 'own' },
  xterm: { operands: 'own', optionsOnly: true, commandOptions: ['-e'] },
  alacritty: { operands: 'own', optionsOnly: true, commandOptions: ['-e', '--command'] },
  konsole: { operands: 'own', optionsOnly: true, commandOptions: ['-e'] },
  'gnome-terminal': { operands: 'own', optionsOnly: true, commandOptions: ['--', '-x', '--execute'], shellOptions: ['-e', '--command'] },
  'xfce4-terminal': { operands: 'own', optionsOnly: true, commandOptions: ['-x', '--execute'], shellOptions: ['-e', '--command'] },
  arch: { optionsOnly: true, flags: ['-x86_64', '-arm64', '-arm64e', '-i386', '-32', '-64', '-c', '-h'], valued: ['-d', '-e'] },
  wsl: WSL,
  'wsl.exe': WSL,
  // winpty (Git Bash's console bridge) and systemd's run0 (sudo-like) run the command that follows.
  winpty: { flags: ['-Xallow-non-tty', '-Xplain', '-Xcolor', '--mouse', '--showkey'] },
  run0: {
    flags: ['--no-ask-password', '--slice-inherit'],
    valued: ['-u', '--user', '-g', '--group', '--nice', '-D', '--chdir', '--setenv', '--unit', '--property', '--description', '--slice', '--background', '--machine'],
  },
  // Tool and project shells: without a command they start an interactive shell.
  nix: { sub: ['shell', 'develop', 'run'], operands: 'own', commandOptions: ['-c', '--command'], installable: ['run'] },
  'nix-shell': { operands: 'own', shellOptions: ['--run', '--command'] },
  guix: { sub: ['shell', 'environment'], operands: 'own' },
  flox: { sub: ['activate'], operands: 'own' },
  mise: MISE,
  rtx: MISE,
  nvm: [{ sub: ['exec'], ...NVM }, { sub: ['run'], program: 'node', ...NVM }],
  // `asdf env COMMAND [UTIL…]` runs UTIL (default `env`) in COMMAND's environment.
  asdf: [{ sub: ['exec'] }, { sub: ['env'], positionals: 1, ownDefault: true }],
  // tj/n: `n exec VERSION CMD…`, `n run|use VERSION ARG…` (node ARG…).
  n: [{ sub: ['exec'], positionals: 1 }, { sub: ['run', 'use'], positionals: 1, program: 'node' }],
  // Hermit and aqua run a tool they manage: `hermit exec BIN ARG…`, `aqua exec [--] CMD…`; devenv's shell runs its command.
  hermit: { sub: ['exec'] },
  aqua: { sub: ['exec', 'x'] },
  devenv: { sub: ['shell'] },
  devbox: { sub: ['run'], flags: ['-q', '--quiet'], valued: ['-c', '--config', '-e', '--env', '--env-file'] },
  conda: CONDA,
  mamba: CONDA,
  micromamba: CONDA,
  pixi: {
    sub: ['run', 'exec'],
    flags: ['--frozen', '--locked', '--clean-env', '--force-reinstall', '--no-install', '--revalidate', '-v', '--verbose', '-q', '--quiet'],
    valued: ['-e', '--environment', '--manifest-path', '-s', '--spec', '-c', '--channel', '--platform'],
  },
  rustup: { sub: ['run'], positionals: 1, flags: ['--install'] },
  opam: { sub: ['exec'], flags: ['--set-switch', '--set-root', '--inplace-path', '-v', '--verbose', '-q', '--quiet', '-y', '--yes'], valued: ['--switch', '--root', '--cli'] },
  stack: { sub: ['exec'], dropsDashDash: true },
  cabal: { sub: ['exec'], dropsDashDash: true },
  ghcup: { sub: ['run'], operands: 'own' },
  volta: { sub: ['run'], flags: ['--bundled-npm', '--no-yarn', '--verbose', '--quiet'], valued: ['--node', '--npm', '--yarn', '--pnpm', '--env'] },
  fnm: { sub: ['exec'], operands: 'own' },
  pyenv: { sub: ['exec'] },
  rbenv: { sub: ['exec'] },
  nodenv: { sub: ['exec'] },
  goenv: { sub: ['exec'] },
  jenv: { sub: ['exec'] },
  plenv: { sub: ['exec'] },
  toolbox: { sub: ['run'], valued: ['-c', '--container', '-d', '--distro', '-r', '--release', '--preserve-fds'] },
  distrobox: { sub: ['enter'], operands: 'own' },
  'distrobox-enter': { operands: 'own' },
  devcontainer: {
    sub: ['exec'],
    flags: ['--skip-post-attach', '--mount-workspace-git-root'],
    valued: ['--workspace-folder', '--container-id', '--id-label', '--config', '--override-config', '--remote-env', '--docker-path', '--log-level', '--log-format', '--terminal-columns', '--terminal-rows', '--user-data-folder', '--default-user-env-probe'],
  },
  // Build tools: `cmake -E CMD` runs CMake's portable commands, named as the programs they are
  // (`cmake -E rm -rf x`, `cmake -E chdir DIR CMD` = `env -C DIR CMD`); `meson devenv CMD` and
  // `meson subprojects foreach CMD` run a command of the line.
  cmake: {
    operands: 'own',
    optionsOnly: true,
    commandOptions: ['-E'],
    spellings: {
      remove: ['rm'], remove_directory: ['rm', '-rf'], make_directory: ['mkdir', '-p'], copy: ['cp'], copy_if_different: ['cp'],
      copy_if_newer: ['cp'], copy_directory: ['cp', '-r'], copy_directory_if_different: ['cp', '-r'], rename: ['mv'],
      create_symlink: ['ln', '-s'], create_hardlink: ['ln'], chdir: ['env', '-C'], echo_append: ['echo', '-n'], touch_nocreate: ['touch', '-c'],
    },
  },
  meson: { sub: ['devenv', 'foreach'], flags: ['--dump'], valued: ['-C', '-w', '--workdir', '--dump-format', '--types', '--sourcedir', '--num-processes'] },
  // Remote shells: the command runs on the host named (`ssh HOST CMD`), a line its shell reads;
  // without one, a login shell there. Fleet shells run it on every host of their list.
  ssh: SSH,
  autossh: { ...SSH, valued: [...SSH_VALUED, '-M'] },
  rsh: { positionals: 1, operands: 'joined', clusters: true, flags: ['-4', '-6', '-8', '-d', '-n', '-x', '-K', '-L'], valued: ['-l', '-k', '-p', '-e'] },
  // mosh starts the command itself (its words, not a line); `--server` is a line ssh runs there.
  mosh: {
    positionals: 1,
    ownDefault: true,
    flags: ['-a', '-n', '-4', '-6', '--no-init', '--local', '--no-ssh-pty', '--predict-overwrite'],
    valued: ['-p', '--port', '--client', '--ssh', '--predict', '--family', '--bind-server', '--experimental-remote-ip'],
    shellOptions: ['--server'],
  },
  et: { operands: 'own', ownDefault: true, shellOptions: ['-c', '--command'] },
  'docker-machine': { sub: ['ssh'], positionals: 1, operands: 'joined' },
  tsh: {
    sub: ['ssh'],
    positionals: 1,
    operands: 'joined',
    flags: ['-t', '--tty', '-T', '-A', '--forward-agent', '-N', '--no-remote-exec', '--local'],
    valued: ['-p', '--port', '-l', '--login', '-L', '--forward', '-D', '--dynamic-forward', '--proxy', '--user', '--cluster', '-o', '--option'],
  },
  coder: {
    sub: ['ssh'],
    positionals: 1,
    operands: 'joined',
    flags: ['-A', '--forward-agent', '-G', '--forward-gpg', '--stdio', '--no-wait', '-q', '--quiet', '--disable-autostart'],
    valued: ['-R', '--remote-forward', '-e', '--env', '--identity-agent', '--workspace-poll-interval', '--wait', '-l', '--log-dir', '--ssh-host-prefix', '--network-info-dir', '--network-info-interval'],
  },
  // Android's device shell: `adb shell CMD…` (`exec-out`) joins them into a line.
  adb: { sub: ['shell', 'exec-out'], operands: 'joined', clusters: true, flags: ['-n', '-T', '-t', '-x'], valued: ['-e'] },
  minikube: { sub: ['ssh'], operands: 'joined', flags: ['--native-ssh'], valued: ['-n', '--node', '-p', '--profile'] },
  pdsh: { operands: 'joined', clusters: true, flags: ['-a', '-A', '-b', '-d', '-D', '-L', '-N', '-q', '-S'], valued: ['-w', '-x', '-g', '-X', '-l', '-t', '-u', '-f', '-R', '-M'] },
  clush: {
    operands: 'joined',
    clusters: true,
    flags: ['-a', '--all', '-b', '--dshbak', '-B', '-L', '-N', '-q', '--quiet', '-v', '--verbose', '-d', '--debug', '-S', '-n', '--nostdin', '-r', '--regroup', '-P', '--progress', '--diff'],
    valued: ['-w', '--nodes', '-x', '-g', '--group', '-X', '-l', '--user', '-f', '--fanout', '-t', '--connect_timeout', '-u', '--command_timeout', '-O', '--option', '-R', '--worker', '-c', '--copy', '--rcopy', '--dest', '-m', '--mode', '--color', '--pick', '--topology', '-E'],
  },
  pssh: PSSH,
  'parallel-ssh': PSSH,
  // Salt's shell functions: `salt '*' cmd.run 'LINE'` on the minions, `salt-call cmd.run 'LINE'` here.
  salt: SALT_SHELL,
  'salt-ssh': SALT_SHELL,
  'salt-call': SALT_SHELL,
  // `vagrant ssh -c 'LINE'`; its words after `--` are ssh's (a remote command among them).
  vagrant: { sub: ['ssh'], operands: 'own', ownDefault: true, shellOptions: ['-c', '--command'], opaque: ['--'] },
  // Containers and machines: the command runs inside (the workspace may be mounted there).
  docker: CONTAINER_ENGINE,
  podman: [CONTAINER_ENGINE, PODMAN_MACHINE_SSH],
  nerdctl: CONTAINER_ENGINE,
  finch: CONTAINER_ENGINE,
  'docker-compose': CONTAINER_ENGINE,
  'podman-compose': CONTAINER_ENGINE,
  lxc: LXC,
  incus: LXC,
  'lxc-attach': { operands: 'own', ownDefault: true },
  'lxc-execute': { operands: 'own' },
  // Proxmox: `pct exec CT -- CMD`, `qm guest exec VM -- CMD`.
  pct: { sub: ['exec'], positionals: 1, valued: ['--keep-env'] },
  qm: { sub: ['exec'], positionals: 1, valued: ['--pass-stdin', '--synchronous', '--timeout'] },
  crictl: { sub: ['exec'], positionals: 1, clusters: true, flags: ['-i', '--interactive', '-t', '--tty', '-s', '--sync'], valued: ['--timeout'] },
  // `runc exec --process FILE` takes the command from a file.
  runc: {
    sub: ['exec'],
    positionals: 1,
    clusters: true,
    flags: ['-t', '--tty', '-d', '--detach', '--no-new-privs', '--ignore-paused'],
    valued: ['-e', '--env', '--cwd', '-u', '--user', '--console-socket', '--pid-file', '-c', '--cap', '-a', '--apparmor', '--process-label', '-g', '--additional-gids', '--cgroup', '--preserve-fds'],
    opaque: ['-p', '--process'],
  },
  buildah: {
    sub: ['run'],
    positionals: 1,
    flags: ['-t', '--tty', '--terminal', '--add-history', '--no-hostname', '--no-hosts', '--no-pivot'],
    valued: ['-e', '--env', '-v', '--volume', '--mount', '--workingdir', '--user', '--network', '--net', '--isolation', '--runtime', '--runtime-flag', '--hostname', '--cap-add', '--cap-drop', '--ipc', '--pid', '--uts', '--cgroupns', '--security-opt', '--device'],
  },
  nomad: { sub: ['exec'], positionals: 1, flags: ['-i', '-t'], valued: ['-task', '-job', '-escape', '-address', '-region', '-namespace', '-token'] },
  // From a sandbox to the host: toolbox's and distrobox's way out (flatpak-spawn is an unmodelled runner).
  'host-spawn': {},
  'distrobox-host-exec': { flags: ['-v', '--verbose', '-Y', '--yes'] },
  // Cloud consoles: `gcloud compute ssh VM --command 'LINE'` (its `--` words are ssh's: opaque),
  // `az vm run-command invoke --scripts 'LINE'`, `az container exec --exec-command`, `aws ecs
  // execute-command --command`, `fly ssh console -C`.
  gcloud: { sub: ['ssh'], operands: 'own', ownDefault: true, shellOptions: ['--command'], opaque: ['--'] },
  az: { sub: ['invoke', 'exec'], operands: 'own', ownDefault: true, shellOptions: ['--scripts', '--exec-command', '--command'] },
  aws: { sub: ['execute-command'], operands: 'own', ownDefault: true, shellOptions: ['--command'] },
  fly: FLY_CONSOLE,
  flyctl: FLY_CONSOLE,
  kubectl: { sub: ['exec'], operands: 'own' },
  // `oc rsh POD [CMD…]`: CMD runs in the pod (without one, a shell there).
  oc: [{ sub: ['exec'], operands: 'own' }, { sub: ['rsh'], positionals: 1, ownDefault: true, flags: ['-t', '--tty', '-T', '--no-tty', '-q', '--quiet'], valued: ['-c', '--container', '--shell', '--timeout', '-f', '--filename', '--pod-running-timeout'] }],
  multipass: { sub: ['exec'], positionals: 1, clusters: true, flags: ['-n', '--no-map-working-directory', '-v', '--verbose'], valued: ['-d', '--working-directory'] },
  // `lima CMD` is `limactl shell default CMD`.
  limactl: { sub: ['shell'], positionals: 1, ownDefault: true, flags: LIMA_SHELL.flags, valued: LIMA_SHELL.valued },
  lima: { ownDefault: true, ...LIMA_SHELL },
  // `colima ssh [--] CMD…` (also `exec`, `x`): the words, with or without `--`, go to ssh as its command (joined).
  // OrbStack: `orb [-m MACHINE] CMD…` and `orbctl run CMD…` run CMD in a Linux machine (without one, a shell there).
  orb: ORB_RUN,
  orbctl: { sub: ['run'], ...ORB_RUN },
  colima: { sub: ['ssh', 'exec', 'x'], operands: 'joined', flags: ['-l', '--layer', '-v', '--verbose', '--very-verbose'], valued: ['-p', '--profile'] },
  // `gh codespace ssh [FLAGS] [-- SSH-FLAGS] [CMD…]`: the command joined into a line for ssh; ssh's own options after `--` are not modelled.
  gh: {
    sub: ['ssh'],
    subAfter: ['codespace', 'cs'],
    operands: 'joined',
    optionsAfterDashDash: true,
    flags: ['-d', '--debug', '--config', '--stdio'],
    valued: ['-c', '--codespace', '-R', '--repo', '--repo-owner', '--profile', '--server-port', '--debug-file'],
  },
  // Development environments: `ddev exec 'LINE'` (its words, joined, are a line bash runs), `lando ssh -c`, `devpod ssh --command`.
  ddev: { sub: ['exec'], operands: 'joined', flags: ['--raw', '-j', '--json-output'], valued: ['-s', '--service', '-d', '--dir'] },
  lando: { sub: ['ssh'], operands: 'own', ownDefault: true, shellOptions: ['-c', '--command'] },
  devpod: { sub: ['ssh'], operands: 'own', ownDefault: true, shellOptions: ['--command'] },
  // Monorepo and task tools: `nx exec -- CMD`, `lerna exec -- CMD`, `just --command CMD`.
  nx: { sub: ['exec'], operands: 'own' },
  lerna: { sub: ['exec'], operands: 'own' },
  just: { operands: 'own', optionsOnly: true, commandOptions: ['--command'], opaque: ['--shell', '--shell-arg', '--shell-command'] },
  // Benchmarks: each operand is a command line run by the shell.
  hyperfine: {
    operands: 'shell',
    flags: ['-N', '-i', '--ignore-failure', '--show-output'],
    valued: ['-w', '--warmup', '-m', '--min-runs', '-M', '--max-runs', '-r', '--runs', '-S', '--shell', '--style', '--sort', '-u', '--time-unit', '--export-asciidoc', '--export-csv', '--export-json', '--export-markdown', '--export-orgmode', '--output', '--input', '-n', '--command-name', '-D', '--parameter-step-size'],
    shellOptions: ['-s', '--setup', '-p', '--prepare', '-c', '--cleanup', '--conclude', '--reference'],
    opaque: ['-P', '--parameter-scan', '-L', '--parameter-list'],
  },
};

const RUNNERS_BY_NAME = ownEntries(RUNNERS);

/** Where the runner's own words start (after its subcommand), or undefined when these words do not name it. */
function commandStart(spec: RunnerSpec, rest: readonly Arg[]): number | undefined {
  if (!spec.sub) return 0;
  // Global options may come first; the subcommand is the first word that names one.
  const k = rest.findIndex((a, i) => !a.dynamic && spec.sub!.includes(a.value) && (!spec.subAfter || (i > 0 && !rest[i - 1]!.dynamic && spec.subAfter.includes(rest[i - 1]!.value))));
  if (k < 0 || rest.slice(0, k).some((a) => a.value === '--')) return undefined;
  return k + 1;
}

/** Options that only print help or a version: no command runs. */
const HELP = new Set(['-h', '--help', '-V', '--version']);

export interface RunnerCommand {
  /** The command it runs, as words (decided as a simple command of its own). */
  tail?: Arg[];
  /** Shell command lines it runs (analysed as lines). */
  lines: Arg[];
  /** Why the runner's words cannot be read exactly (the line is then opaque). */
  problem?: string;
  /** Without a command its shell reads commands from standard input (`joined`): a here-document there is analysed. */
  stdin?: boolean;
}

/** What `exe rest…` runs when exe is a runner of the table above; undefined when these words run nothing. */
export function runnerCommand(exe: string, rest: readonly Arg[]): RunnerCommand | undefined {
  const found = RUNNERS_BY_NAME.get(exe);
  if (!found) return undefined;
  // A program with several ways to run a command (`podman run`, `podman machine ssh`): the one whose subcommand comes first.
  let spec: RunnerSpec | undefined;
  let k = -1;
  for (const s of Array.isArray(found) ? found : [found]) {
    const at = commandStart(s, rest);
    if (at !== undefined && (k < 0 || at < k)) [spec, k] = [s, at];
  }
  if (!spec) return undefined;
  const subWord = spec.sub ? rest[k - 1]!.value : undefined;
  if (subWord !== undefined && spec.installable?.includes(subWord)) return installableCommand(rest.slice(k));
  const out: RunnerCommand = { lines: [] };
  const operands = spec.operands ?? 'command';
  let unsure: string | undefined;
  let positionals = spec.positionals ?? 0;
  let help = false;
  let maybeSeen = false;
  // After `--` every word is an operand: the positionals, then the command.
  let optionsEnded = false;
  for (; k < rest.length; k++) {
    const a = rest[k]!;
    const v = a.value;
    if (a.dynamic) {
      unsure ??= `"${exe}" is given a word known only at run time (${v}): cannot tell which program it runs`;
      continue;
    }
    if (optionsEnded && spec.optionsAfterDashDash && v.startsWith('-') && v !== '-') {
      unsure ??= `"${exe}" passes ${v} after -- to another program as an option: cannot tell which program it runs`;
      continue;
    }
    if (!optionsEnded && v.startsWith('-') && v !== '-') {
      const head = v.startsWith('--') ? v.split('=')[0]! : v;
      const attached = head !== v;
      if (spec.opaque?.includes(head)) {
        unsure ??= `"${exe} ${head}" changes what it runs in a way that is not modelled`;
        continue;
      }
      if (spec.commandOptions?.includes(head)) {
        out.tail = rest.slice(k + 1);
        const name = out.tail[0];
        const spelled = name && !name.dynamic ? own(spec.spellings, name.value) : undefined;
        if (spelled) out.tail = [...spelled.map((value) => ({ ...name!, value })), ...out.tail.slice(1)];
        break;
      }
      if (v === '--') {
        if (spec.optionsOnly) break;
        if (operands === 'own') {
          out.tail = rest.slice(k + 1);
          break;
        }
        optionsEnded = true;
        continue;
      }
      if (spec.shellOptions?.includes(head)) {
        const text = attached ? { ...a, value: v.slice(head.length + 1) } : rest[++k];
        if (text) out.lines.push(text);
        continue;
      }
      if (spec.valued?.includes(head)) {
        if (!attached) k++;
        continue;
      }
      if (HELP.has(head)) {
        help = true;
        continue;
      }
      if (spec.flags?.includes(head)) continue;
      if (spec.clusters && !v.startsWith('--')) {
        const c = readShortCluster(v, (ch) => runnerLetter(spec, ch));
        if (c.unknown !== undefined) unsure ??= `unknown option ${v} of "${exe}": cannot tell which program it runs`;
        else if (c.nextWord) k++;
        // `-h`, `-V` ask for help (or the version) unless a letter that takes a value came after.
        else if (c.valued === undefined && c.flags.some((ch) => HELP.has(`-${ch}`))) help = true;
        continue;
      }
      // An option not listed may take the next word as its value: where the command starts is unknown.
      if (operands !== 'own') unsure ??= `unknown option ${v} of "${exe}": cannot tell which program it runs`;
      continue;
    }
    if (positionals > 0) {
      positionals--;
      continue;
    }
    if (spec.maybePositional && !maybeSeen) {
      maybeSeen = true;
      if (spec.maybePositional.test(v)) continue;
      unsure ??= `"${exe}" may read ${v} as its own operand or as the program it runs: cannot tell which program it runs`;
    }
    if (operands === 'own') continue;
    if (operands === 'shell') {
      out.lines.push(a);
      if (spec.positionals) break; // sops exec-env FILE 'CMD': one command line
      continue;
    }
    if (operands === 'joined') {
      const words = rest.slice(k);
      out.lines.push({ value: words.map((w) => w.value).join(' '), dynamic: words.some((w) => w.dynamic) });
      break;
    }
    out.tail = rest.slice(k);
    const dd = spec.dropsDashDash ? out.tail.findIndex((w) => w.value === '--' && !w.dynamic) : -1;
    if (dd > 0) out.tail = [...out.tail.slice(0, dd), ...out.tail.slice(dd + 1)];
    break;
  }
  if (spec.program && !help) out.tail = [{ value: spec.program, dynamic: false }, ...(out.tail ?? [])];
  const none = !out.tail?.length && !out.lines.length;
  if (none && operands === 'joined' && !help) out.stdin = true;
  // No command found: an interactive shell, or words not read exactly.
  else if (none && !help && !spec.optionsOnly && !spec.ownDefault) unsure ??= `cannot tell which program "${exe}" runs`;
  if (unsure) out.problem = unsure;
  return out;
}

/** What a letter of a cluster (`-tt`, `-itd`, `-p22`) is to the runner: its help letters are flags. */
function runnerLetter(spec: RunnerSpec, ch: string): ShortLetter {
  const opt = `-${ch}`;
  if (spec.valued?.includes(opt)) return 'value';
  return HELP.has(opt) || spec.flags?.includes(opt) ? 'flag' : 'unknown';
}

/** `nix run [options] FLAKE#NAME [-- ARG…]`: NAME run with the words after `--`; no `#NAME`: the flake's own app, no command of the line. */
function installableCommand(words: readonly Arg[]): RunnerCommand | undefined {
  const dd = words.findIndex((w) => w.value === '--' && !w.dynamic);
  const own = dd < 0 ? words : words.slice(0, dd);
  const args = dd < 0 ? [] : words.slice(dd + 1);
  const ref = own.find((w) => !w.value.startsWith('-') && w.value.includes('#'));
  if (!ref) return own.some((w) => w.dynamic) ? { lines: [], problem: 'nix run is given a word known only at run time: cannot tell which program it runs' } : undefined;
  const after = ref.value.slice(ref.value.indexOf('#') + 1);
  const caret = after.indexOf('^'); // `nixpkgs#hello^out`: an output, not part of the name
  const attr = caret < 0 ? after : after.slice(0, caret);
  const name = attr.split('.').pop() ?? '';
  if (ref.dynamic || !/^[\w.+-]+$/.test(name)) return { lines: [], problem: `cannot tell which program "nix run ${ref.value}" runs` };
  return { lines: [], tail: [{ value: name, dynamic: false }, ...args] };
}
