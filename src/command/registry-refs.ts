// What a container engine's command line touches (SPEC 3, "What a command touches"): the
// registry hosts its image references name, the daemon it is told to reach, and the host paths
// it mounts into a container. data/programs.json (`touch.docker.imageRefs`, `touch.podman…`)
// says which options take values, which subcommands name images, and the default registry.
//   - `pull`/`push`/`run`/`create` IMAGE: `evil.example/img`, `localhost:5000/x` name a registry
//     host (docker's rule: a first path component with `.` or `:`, or `localhost`); without one
//     the engine's default registry (docker.io), or, where the default is configured on the
//     machine (podman's search registries), a host known only at run time. `run`/`create` pull
//     only when the image is not local, so an implicit default registry is a guess there.
//   - `login`/`logout` [SERVER]: the registry host.
//   - `-H`/`--host` `tcp://h:2375`, `ssh://u@h`: the daemon's host.
//   - `-v SRC:DST[:ro]`, `--volume`, `--mount type=bind,source=SRC[,readonly]`: a host path
//     (absolute, `./…`, `~…`) the container may write everything below (read with `ro`).
// Options that run code on the host (`--entrypoint` runs in the container; `--config` picks
// credential helpers) are opaque through data/program-hazards.json, not here.
import type { Arg } from '../match/command.js';
import { readShortCluster } from '../match/short-options.js';
import type { Touch } from './touch.js';

export interface ImageRefsSpec {
  /** Options before the subcommand that take a value. */
  globalValued: string[];
  /** Options of run/create that take a value (so their value is not read as the image). */
  runValued: string[];
  /** Options of run/create/pull/push known to take none: after any other option the next word may be its value, so the word after it may be the image too. */
  flags: string[];
  /** The registry of an image named without a host; absent when the machine's configuration decides. */
  defaultRegistry?: string;
}

const IMAGE_FIRST = new Set(['pull', 'push', 'run', 'create']);
const LOGIN = new Set(['login', 'logout']);
/** `docker image pull`, `docker container run`: the management-command spelling. */
const MANAGEMENT = new Set(['image', 'container']);

/** The registry host of an image reference, or undefined when it names none. */
export function registryOf(ref: string): string | undefined {
  const slash = ref.indexOf('/');
  if (slash <= 0) return undefined;
  const first = ref.slice(0, slash);
  return first.includes('.') || first.includes(':') || first === 'localhost' ? first : undefined;
}

export function imageRefTouches(name: string, words: readonly Arg[], spec: ImageRefsSpec, env: readonly Arg[] = []): Touch[] {
  const out: Touch[] = [];
  let k = 0;
  // `DOCKER_HOST=ssh://h docker ps`: the daemon's host; `DOCKER_CONTEXT=x`: a context's daemon, from the configuration.
  for (const a of env) {
    const eq = a.value.indexOf('=');
    const variable = a.value.slice(0, eq);
    if (variable === 'DOCKER_HOST' || variable === 'CONTAINER_HOST') daemonHost(out, name, { ...a, value: a.value.slice(eq + 1) });
    else if (variable === 'DOCKER_CONTEXT' || variable === 'CONTAINER_CONNECTION') configuredDaemon(out, name, { ...a, value: a.value.slice(eq + 1) }, variable);
  }
  // Global options: the daemon host is contacted whatever the subcommand.
  for (; k < words.length; k++) {
    const w = words[k]!;
    if (w.dynamic || !w.value.startsWith('-')) break;
    const [opt, attached] = splitOption(w.value);
    const value = attached !== undefined ? { ...w, value: attached } : spec.globalValued.includes(opt) ? words[++k] : undefined;
    if ((opt === '-H' || opt === '--host' || opt === '--url') && value) daemonHost(out, name, value);
    // `--context x` (docker's `-c`), `--connection x` (podman's `-c`): a daemon named in the configuration, whose host the line does not show.
    if ((opt === '--context' || opt === '-c' || opt === '--connection') && value) configuredDaemon(out, name, value, opt);
  }
  let sub = words[k];
  if (sub && !sub.dynamic && MANAGEMENT.has(sub.value) && words[k + 1]) sub = words[++k];
  if (!sub || sub.dynamic) return out;
  const rest = words.slice(k + 1);
  const via = `${name} ${sub.value}`;
  if (sub.value === 'context') {
    contextTouches(out, name, rest);
    return out;
  }
  // `podman machine init -v SRC:DST`: the host directory is shared with the machine, as a bind mount is.
  if (sub.value === 'machine' && rest[0] && !rest[0].dynamic && rest[0].value === 'init') mounts(out, `${via} init`, rest.slice(1));
  // `docker buildx create [CONTEXT|ENDPOINT]`: a builder on the daemon at `tcp://h`, `ssh://h`, or
  // on a context's daemon, whose host is in the configuration (later builds go there).
  if (sub.value === 'buildx' && rest[0] && !rest[0].dynamic && rest[0].value === 'create') buildxCreate(out, name, rest.slice(1));
  if (LOGIN.has(sub.value)) {
    const server = imageCandidates(rest, ['-u', '--username', '-p', '--password', '--authfile', '--cert-dir'], ['--password-stdin', '-a', '--all', '--get-login', '--tls-verify'])[0];
    if (server) host(out, server, `${via} ${server.value}`, false);
    else if (sub.value === 'login' && spec.defaultRegistry) out.push({ kind: 'host', target: spec.defaultRegistry, via: `${via} (the default registry)` });
    return out;
  }
  // `build` (`buildx build`, `builder build`) pushes only when asked: then the tags name registries.
  const built = sub.value === 'build' ? rest : (sub.value === 'buildx' || sub.value === 'builder') && rest[0] && !rest[0].dynamic && rest[0].value === 'build' ? rest.slice(1) : undefined;
  if (built) {
    pushedTags(out, `${via} build`, built, spec);
    return out;
  }
  if (!IMAGE_FIRST.has(sub.value)) return out;
  const runs = sub.value === 'run' || sub.value === 'create';
  if (runs) mounts(out, via, rest);
  const candidates = imageCandidates(rest, runs ? spec.runValued : ['--platform'], spec.flags);
  const image = candidates[0];
  if (!image) return out;
  if (image.dynamic) {
    out.push({ kind: 'dynamic', what: 'host', word: image.value, via: `${via} ${image.value}` });
    return out;
  }
  // The word after an unknown option's possible value may be the image as well: its registry counts.
  for (const c of candidates.slice(1)) {
    const other = c.dynamic ? undefined : registryOf(c.value);
    if (other) host(out, { ...c, value: other }, `${via} ${c.value}`, false);
  }
  const registry = registryOf(image.value);
  if (registry) host(out, { ...image, value: registry }, `${via} ${image.value}`, false);
  else if (spec.defaultRegistry) out.push({ kind: 'host', target: spec.defaultRegistry, via: `${via} ${image.value} (the default registry)`, ...(runs ? { guess: true } : {}) });
  else if (!runs) out.push({ kind: 'dynamic', what: 'host', word: image.value, via: `${via} ${image.value} (the registries configured on the machine)` });
  return out;
}

/**
 * A build that pushes its image (`--push`, `--output type=registry`, `type=image,…,push=true`):
 * the registry of each tag (`-t`/`--tag`) or output `name=`, else the default registry.
 */
function pushedTags(out: Touch[], via: string, words: readonly Arg[], spec: ImageRefsSpec): void {
  let push = false;
  const refs: Arg[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w.dynamic) continue;
    if (w.value === '--') break;
    const [opt, attached] = splitOption(w.value);
    if (opt === '--push') push = true;
    const short = /^-t./.test(w.value) ? w.value.slice(2) : undefined;
    const value = attached ?? short ?? (opt === '-t' || opt === '--tag' || opt === '-o' || opt === '--output' ? words[++k] && { ...words[k]! } : undefined);
    if (value === undefined) continue;
    const arg = typeof value === 'string' ? { ...w, value } : value;
    if (opt === '-t' || opt === '--tag' || short !== undefined) refs.push(arg);
    else if ((opt === '-o' || opt === '--output') && !arg.dynamic) {
      const fields = arg.value.split(',');
      if (fields.includes('type=registry') || fields.includes('push=true')) push = true;
      for (const f of fields) if (f.startsWith('name=')) refs.push({ ...arg, value: f.slice(5) });
    }
  }
  if (!push) return;
  if (refs.length === 0 && spec.defaultRegistry) out.push({ kind: 'host', target: spec.defaultRegistry, via: `${via} --push (the default registry)` });
  for (const ref of refs) {
    if (ref.dynamic) {
      out.push({ kind: 'dynamic', what: 'host', word: ref.value, via: `${via} ${ref.value}` });
      continue;
    }
    const registry = registryOf(ref.value);
    if (registry) host(out, { ...ref, value: registry }, `${via} ${ref.value}`, false);
    else if (spec.defaultRegistry) out.push({ kind: 'host', target: spec.defaultRegistry, via: `${via} ${ref.value} (the default registry)` });
    else out.push({ kind: 'dynamic', what: 'host', word: ref.value, via: `${via} ${ref.value} (the registries configured on the machine)` });
  }
}

function splitOption(v: string): [string, string | undefined] {
  const eq = v.indexOf('=');
  if (v.startsWith('--') && eq > 0) return [v.slice(0, eq), v.slice(eq + 1)];
  return [v, undefined];
}

/**
 * The first operand (options come first), and, when the option just before it is one this
 * reading does not know, the operand after it too: that option may have taken the first as its
 * value. Clusters of known short flags (`-it`) are known.
 */
function imageCandidates(words: readonly Arg[], valued: readonly string[], flags: readonly string[]): Arg[] {
  let unknownBefore = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w.value === '--' && !w.dynamic) return words.slice(k + 1, k + 2);
    if (!w.dynamic && w.value.startsWith('-') && w.value !== '-') {
      const [opt, attached] = splitOption(w.value);
      if (attached === undefined && valued.includes(opt)) k++;
      unknownBefore = attached === undefined && !valued.includes(opt) && !knownFlag(w.value, flags);
      continue;
    }
    if (!unknownBefore) return [w];
    const next = words.slice(k + 1).find((x) => x.dynamic || !x.value.startsWith('-'));
    return next ? [w, next] : [w];
  }
  return [];
}

function knownFlag(v: string, flags: readonly string[]): boolean {
  if (flags.includes(v)) return true;
  // A letter that takes a value is unknown here too: the word that follows may be its value.
  return /^-[A-Za-z]{2,}$/.test(v) && readShortCluster(v, (ch) => (flags.includes(`-${ch}`) ? 'flag' : 'unknown')).unknown === undefined;
}

function daemonHost(out: Touch[], name: string, value: Arg, via = `${name} -H ${value.value}`): void {
  if (value.dynamic) {
    out.push({ kind: 'dynamic', what: 'host', word: value.value, via });
    return;
  }
  const m = /^(?:tcp|ssh|http|https):\/\/(?:[^@/]*@)?(\[[^\]]*\]|[^:/]+)/.exec(value.value);
  if (m) out.push({ kind: 'host', target: m[1]!.replace(/^\[|\]$/g, ''), via });
}

/** `docker buildx create`'s options that take a value (`--name NAME` is no endpoint); `--config`, `--buildkitd-config` name a file read. */
const BUILDX_CREATE_VALUED = new Set(['--name', '--driver', '--driver-opt', '--platform', '--buildkitd-flags', '--buildkitd-config', '--config', '--node', '--builder', '--timeout']);

function buildxCreate(out: Touch[], name: string, words: readonly Arg[]): void {
  const via = `${name} buildx create`;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const [opt, attached] = splitOption(w.value);
    if (!w.dynamic && BUILDX_CREATE_VALUED.has(opt)) {
      const value = attached !== undefined ? { ...w, value: attached } : words[++k];
      if (value && (opt === '--config' || opt === '--buildkitd-config')) out.push(value.dynamic ? { kind: 'dynamic', what: 'file', op: 'read', word: value.value, via: `${via} ${opt}` } : { kind: 'file', op: 'read', path: value.value, via: `${via} ${opt} ${value.value}` });
      continue;
    }
    if (!w.dynamic && w.value.startsWith('-')) continue;
    // An endpoint URL names its host; any other word is a context, whose daemon's host is configured.
    if (!w.dynamic && /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(w.value)) daemonHost(out, name, w, `${via} ${w.value}`);
    else if (w.dynamic) daemonHost(out, name, w, `${via} ${w.value}`);
    else configuredDaemon(out, name, w, 'buildx create');
  }
}

/** A daemon chosen by a context (connection) name: its host is in the engine's configuration, not on the line (`default` is the local one). */
function configuredDaemon(out: Touch[], name: string, value: Arg, how: string): void {
  if (!value.dynamic && (value.value === 'default' || value.value === '')) return;
  out.push({ kind: 'remote', name: `(the daemon of ${name} context "${value.value}", from its configuration)`, via: `${name} ${how} ${value.value}` });
}

/**
 * `docker context create|update NAME --docker host=URL[,…]`: the daemon's host (every later
 * command with that context goes there); `context use NAME`: every later docker command goes to
 * that context's daemon, whose host the line does not show; `context import NAME FILE`: one from a file.
 */
function contextTouches(out: Touch[], name: string, rest: readonly Arg[]): void {
  const action = rest[0];
  if (!action || action.dynamic) return;
  const via = `${name} context ${action.value}`;
  if (action.value === 'create' || action.value === 'update') {
    for (let k = 1; k < rest.length; k++) {
      const w = rest[k]!;
      const [opt, attached] = splitOption(w.value);
      if (opt !== '--docker' || w.dynamic) continue;
      const value = attached !== undefined ? { ...w, value: attached } : rest[++k];
      if (!value) continue;
      if (value.dynamic) {
        out.push({ kind: 'dynamic', what: 'host', word: value.value, via: `${via} --docker ${value.value}` });
        continue;
      }
      for (const field of value.value.split(',')) if (field.startsWith('host=')) daemonHost(out, name, { ...value, value: field.slice(5) }, `${via} --docker ${value.value}`);
    }
  } else if (action.value === 'use' || action.value === 'import') {
    const ctx = rest.slice(1).find((w) => !w.value.startsWith('-'));
    if (ctx) configuredDaemon(out, name, ctx, `context ${action.value}`);
    // `context import NAME FILE`: the context (its endpoint and TLS material) is read from FILE.
    const file = action.value === 'import' ? rest.slice(1).filter((w) => !w.value.startsWith('-'))[1] : undefined;
    if (file && file.value !== '-') out.push(file.dynamic ? { kind: 'dynamic', what: 'file', op: 'read', word: file.value, via: `${via} ${file.value}` } : { kind: 'file', op: 'read', path: file.value, via: `${via} ${file.value}` });
  } else if (action.value === 'export') {
    // `context export NAME [FILE]`: the context's endpoint and TLS keys, from the engine's
    // configuration outside the repository, written to FILE (`NAME.dockercontext`, with
    // --kubeconfig `NAME.kubeconfig`; `-`: standard output).
    const [ctx, file] = rest.slice(1).filter((w) => !w.value.startsWith('-') || w.value === '-');
    out.push({ kind: 'file', op: 'read', path: '~/.docker/contexts', via: `${via} (the context store)` });
    const target = file ?? (ctx && !ctx.dynamic ? { ...ctx, value: `${ctx.value}.${rest.some((w) => w.value === '--kubeconfig') ? 'kubeconfig' : 'dockercontext'}` } : ctx);
    if (target && target.value !== '-') out.push(target.dynamic ? { kind: 'dynamic', what: 'file', op: 'write', word: target.value, via: `${via} ${target.value}` } : { kind: 'file', op: 'write', path: target.value, via: `${via} ${target.value}` });
  }
}

function host(out: Touch[], arg: Arg, via: string, guess: boolean): void {
  if (arg.dynamic) out.push({ kind: 'dynamic', what: 'host', word: arg.value, via });
  else out.push({ kind: 'host', target: arg.value, via, ...(guess ? { guess: true } : {}) });
}

/**
 * Host paths bound into the container, from every `-v`/`--volume`/`--mount` on the line: words
 * after the image are the container's command, but an option whose value this reading does not
 * know could hide where the image starts, so every word is read (a deny may meet some reading).
 */
function mounts(out: Touch[], via: string, words: readonly Arg[]): void {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (!w.value.startsWith('-')) continue;
    const [opt, attached] = splitOption(w.value);
    let kind: 'volume' | 'mount' | undefined;
    let value: Arg | undefined;
    if (opt === '-v' || opt === '--volume') kind = 'volume';
    else if (opt === '--mount') kind = 'mount';
    else if (/^-v./.test(w.value)) {
      kind = 'volume';
      value = { ...w, value: w.value.slice(2) };
    }
    if (!kind) continue;
    value ??= attached !== undefined ? { ...w, value: attached } : words[++k];
    if (!value) return;
    const bind = kind === 'volume' ? volumeSource(value.value) : mountSource(value.value);
    if (!bind) continue;
    const source = { ...value, value: bind.source, dynamic: value.dynamic && /[$`*?[]/.test(bind.source) };
    const shown = `${via} ${opt} ${value.value}`;
    if (source.dynamic) out.push({ kind: 'dynamic', what: 'file', op: bind.readOnly ? 'read' : 'write', word: source.value, via: shown });
    else out.push({ kind: 'file', op: bind.readOnly ? 'read' : 'write', path: source.value, tree: 'all', via: shown });
  }
}

/** A host path: absolute, `.`-relative or under `~` (anything else names a volume). */
function isHostPath(s: string): boolean {
  return s.startsWith('/') || s.startsWith('.') || s.startsWith('~') || s.startsWith('$');
}

/** `SRC:DST[:OPTS]` of `-v`: the host source when it is a path. */
function volumeSource(v: string): { source: string; readOnly: boolean } | undefined {
  const parts = v.split(':');
  if (parts.length < 2 || !isHostPath(parts[0]!)) return undefined;
  const opts = parts.length > 2 ? parts[parts.length - 1]!.split(',') : [];
  return { source: parts[0]!, readOnly: opts.includes('ro') || opts.includes('readonly') };
}

/** `type=bind,source=SRC,target=DST[,readonly]` of `--mount`. */
function mountSource(v: string): { source: string; readOnly: boolean } | undefined {
  const fields = new Map<string, string>();
  for (const f of v.split(',')) {
    const eq = f.indexOf('=');
    fields.set(eq < 0 ? f : f.slice(0, eq), eq < 0 ? 'true' : f.slice(eq + 1));
  }
  const source = fields.get('source') ?? fields.get('src');
  if (source === undefined || (fields.get('type') !== 'bind' && !isHostPath(source))) return undefined;
  return { source, readOnly: ro(fields) };
}

function ro(fields: Map<string, string>): boolean {
  const v = fields.get('readonly') ?? fields.get('ro');
  return v !== undefined && v !== 'false' && v !== '0';
}
