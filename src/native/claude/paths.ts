// Claude Code Read/Edit path rules (gitignore-style, code.claude.com/docs/en/permissions):
// `//abs` from the file-system root, `~/x` from the home directory, `/x` relative to the settings
// file, `x` and `./x` relative to the working directory. This turns one into repository-relative
// policy globs.
import { globSyntaxError } from '../../match/glob.js';
import { fromAbsolute, toPosix, type PathReading } from '../paths.js';

export function readClaudePath(specifier: string, opts: { root: string; settingsDir: string; home: string }): PathReading {
  let spec = toPosix(specifier.trim());
  if (spec.endsWith('/')) spec += '**';
  let reading: PathReading;
  if (spec.startsWith('//')) reading = fromAbsolute(spec.slice(1), opts.root);
  else if (spec === '~' || spec.startsWith('~/')) reading = fromAbsolute(opts.home + spec.slice(1), opts.root);
  else if (spec.startsWith('/')) {
    // Relative to the settings file (older docs say so); the project root is also read, so a
    // deny covers both readings.
    const a = fromAbsolute(toPosix(opts.settingsDir) + spec, opts.root);
    const b = fromAbsolute(toPosix(opts.root) + spec, opts.root);
    const repo = [...new Set([...a.repo, ...b.repo])];
    reading = { repo, outside: a.outside || b.outside, exact: false };
  } else {
    const rel = spec.startsWith('./') ? spec.slice(2) : spec;
    // `./x` anchors x at the working directory; the policy reads a bare name at any depth (wider).
    reading = { repo: [rel], outside: false, exact: !(spec.startsWith('./') && !rel.includes('/')) };
  }
  const bad = reading.repo.find((p) => globSyntaxError(p) !== undefined || p.split('/').includes('..'));
  if (bad !== undefined) return { repo: ['**'], outside: reading.outside, exact: false };
  return reading;
}
