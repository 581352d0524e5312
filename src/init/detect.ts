// What kind of repository `init` is looking at: only the top level is read (no walk), so init is
// instant in any repository.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type Ecosystem = 'node' | 'python' | 'go' | 'rust' | 'java' | 'ruby';

export interface ProjectFacts {
  ecosystems: Ecosystem[];
  /** Top-level entries (names only). */
  entries: Set<string>;
  /** Top-level directories. */
  dirs: Set<string>;
  /** package.json, when there is one and it parses. */
  packageJson?: { scripts: Record<string, string>; devDependencies: Record<string, string>; dependencies: Record<string, string> };
  /** npm, pnpm, yarn or bun, from the lock file (npm when none). */
  nodeRunner: 'npm' | 'pnpm' | 'yarn' | 'bun';
  /** The schema file of the installed package, relative to `dir`, when agent-policy-lint is installed there. */
  localSchema?: string;
}

const MARKERS: Record<Ecosystem, string[]> = {
  node: ['package.json'],
  python: ['pyproject.toml', 'requirements.txt', 'setup.py', 'setup.cfg', 'Pipfile', 'uv.lock', 'poetry.lock'],
  go: ['go.mod'],
  rust: ['Cargo.toml'],
  java: ['pom.xml', 'build.gradle', 'build.gradle.kts', 'settings.gradle', 'settings.gradle.kts'],
  ruby: ['Gemfile', 'Rakefile'],
};

/** The newest root schema as the npm package installs it. */
const LOCAL_SCHEMA = 'node_modules/agent-policy-lint/schemas/agent-policy-2.1.schema.json';

export function detectProject(dir: string): ProjectFacts {
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    names = [];
  }
  const entries = new Set(names);
  const dirs = new Set(
    names.filter((n) => {
      try {
        return statSync(join(dir, n)).isDirectory();
      } catch {
        return false;
      }
    }),
  );
  const ecosystems = (Object.keys(MARKERS) as Ecosystem[]).filter(
    (eco) => MARKERS[eco].some((m) => entries.has(m)) || (eco === 'python' && names.some((n) => /^requirements.*\.txt$/.test(n))) || (eco === 'ruby' && names.some((n) => n.endsWith('.gemspec'))),
  );
  const facts: ProjectFacts = {
    ecosystems,
    entries,
    dirs,
    nodeRunner: entries.has('pnpm-lock.yaml') ? 'pnpm' : entries.has('yarn.lock') ? 'yarn' : entries.has('bun.lockb') || entries.has('bun.lock') ? 'bun' : 'npm',
  };
  if (existsSync(join(dir, LOCAL_SCHEMA))) facts.localSchema = `./${LOCAL_SCHEMA}`;
  if (entries.has('package.json')) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
      const obj = (v: unknown): Record<string, string> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, string>) : {});
      facts.packageJson = { scripts: obj(pkg.scripts), devDependencies: obj(pkg.devDependencies), dependencies: obj(pkg.dependencies) };
    } catch {
      // A package.json that does not parse is reported by init when it tries to add "prepare".
    }
  }
  return facts;
}
