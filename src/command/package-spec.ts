// The hosts a package manager contacts for one package specifier on its command line (npm, pnpm,
// yarn, npx, bun, pip, uv): a URL (`https://h/x.tgz`, `git+https://h/x.git`, pip's
// `name @ https://h/x.whl`), an scp-like git address (`git@h:o/r`), and the hosted-git shorthands
// (`github:o/r`, `o/r`, `gitlab:o/r`, `bitbucket:o/r`, `gist:id`), and the registry protocols `jsr:` and
// `npm:` (deno add, pnpm). A plain name (`lodash`, `@scope/pkg@1`, `requests==2`) goes to the
// tool's registry, decided by ./package-registry.ts.

const SHORTHANDS: Record<string, string> = {
  'github:': 'github.com',
  'gist:': 'gist.github.com',
  'gitlab:': 'gitlab.com',
  'bitbucket:': 'bitbucket.org',
  // Registry protocols (deno add, pnpm, yarn, bun): JSR's and npm's own registries.
  'jsr:': 'jsr.io',
  'npm:': 'registry.npmjs.org',
};

function isSchemeChar(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '+' || c === '.' || c === '-';
}

/** The URL inside a specifier (`name @ https://…`), without a VCS prefix (`git+`): undefined without one. */
function urlIn(spec: string): string | undefined {
  const at = spec.indexOf('://');
  if (at < 0) return undefined;
  let start = at;
  while (start > 0 && isSchemeChar(spec[start - 1]!)) start--;
  let end = spec.indexOf(' ', at);
  if (end < 0) end = spec.length;
  const url = spec.slice(start, end);
  const plus = url.indexOf('+');
  return plus >= 0 && plus < url.indexOf('://') ? url.slice(plus + 1) : url;
}

/** The host (or URL, which the host rules read) a specifier makes the package manager contact, if the line shows one. */
export function packageHost(spec: string): string | undefined {
  const url = urlIn(spec);
  if (url) return url;
  const lower = spec.toLowerCase();
  for (const [prefix, host] of Object.entries(SHORTHANDS)) if (lower.startsWith(prefix)) return host;
  // `git@host:owner/repo`: a git address over ssh.
  const scp = /^git@([^:/\s]+):/.exec(spec);
  if (scp) return scp[1];
  // `owner/repo` (npm's GitHub shorthand): one slash, not a scope (`@s/p`) and not a path.
  if (/^[A-Za-z0-9][\w.-]*\/[\w.-]+(?:#\S*)?$/.test(spec) && !spec.startsWith('.')) return 'github.com';
  return undefined;
}
