// Generates docs/rules.md from the rule registries (src/cli/rules.ts ALL_RULES, the composition root's catalogue).
// Run by scripts/build.mjs. `--check` only reports (exit 1) whether the file is stale;
// `--out FILE` writes or checks FILE instead of docs/rules.md.
// The registry is TypeScript: esbuild bundles it in memory and we import the bundle as a data: URL.
import { build } from 'esbuild';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const target = outAt >= 0 && args[outAt + 1] ? resolve(args[outAt + 1]) : join(root, 'docs/rules.md');
const check = args.includes('--check');

const bundled = await build({
  stdin: {
    contents:
      "export { ALL_RULES } from './src/cli/rules.ts';\nexport { renderRulesDoc, RESERVED_ANCHORS } from './src/report/rules-doc.ts';\n",
    resolveDir: root,
    sourcefile: 'gen-rules-doc-entry.ts',
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  // A data: URL cannot resolve require() for CommonJS dependencies by itself.
  banner: { js: `import { createRequire as __cr } from 'node:module'; const require = __cr(${JSON.stringify(join(root, 'package.json'))});` },
});
const code = bundled.outputFiles[0].text;
const { ALL_RULES, renderRulesDoc, RESERVED_ANCHORS } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

// Problems are warnings here (a build must not break while a module is half-written); tests enforce them.
const seen = new Set();
for (const r of ALL_RULES) {
  if (seen.has(r.id)) warn(`duplicate rule id "${r.id}"`);
  seen.add(r.id);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(r.id)) warn(`rule id "${r.id}" is not kebab-case`);
  if (RESERVED_ANCHORS.includes(r.id)) warn(`rule id "${r.id}" collides with a heading of docs/rules.md`);
  if (!r.docs || !r.docs.trim()) warn(`rule "${r.id}" has no docs body`);
}

const text = renderRulesDoc(ALL_RULES);
const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
if (check) {
  if (current !== text) {
    process.stderr.write(`${target} is out of date: run \`node scripts/gen-rules-doc.mjs\` (or \`npm run build\`).\n`);
    process.exit(1);
  }
} else if (current !== text) {
  writeFileSync(target, text);
}

function warn(message) {
  process.stderr.write(`gen-rules-doc: warning: ${message}\n`);
}
