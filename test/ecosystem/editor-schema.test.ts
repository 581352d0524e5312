// The schemas as an editor uses them: yaml-language-server (VS Code's YAML extension, Neovim,
// JetBrains and others run it) loads the schema named by the `# yaml-language-server:` line that
// `init` writes, validates the policy and shows hovers. Run here in-process, with the schema
// request service reading the package's files (what the npm CDN serves at the $id URL).
import { cpSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getLanguageService } from 'yaml-language-server';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SCHEMA_BASE } from '../../src/policy/versions.js';
import { REPO_ROOT, runCli, tempTree } from '../helpers/cli.js';

/** A language service that fetches `file:` URIs from disk and the CDN URLs from this checkout's schemas/. */
function editor() {
  const fetched: string[] = [];
  const service = getLanguageService({
    schemaRequestService: async (uri: string) => {
      fetched.push(uri);
      if (uri.startsWith(SCHEMA_BASE)) return readFileSync(join(REPO_ROOT, 'schemas', uri.slice(SCHEMA_BASE.length)), 'utf8');
      if (uri.startsWith('file:')) return readFileSync(fileURLToPath(uri), 'utf8');
      throw new Error(`no network in tests: ${uri}`);
    },
    workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).toString() },
  });
  service.configure({ validate: true, hover: true, completion: true });
  return { service, fetched };
}

function open(file: string) {
  return TextDocument.create(pathToFileURL(file).toString(), 'yaml', 1, readFileSync(file, 'utf8'));
}

/** A repository set up by `init`, with the package "installed" (its schemas/ copied). */
function initialised(installed: boolean): string {
  const dir = tempTree({ '.git/HEAD': '', 'package.json': '{}\n' });
  if (installed) cpSync(join(REPO_ROOT, 'schemas'), join(dir, 'node_modules/agent-policy-lint/schemas'), { recursive: true });
  expect(runCli(['init'], { cwd: dir }).code).toBe(0);
  return join(dir, '.agent-policy.yml');
}

describe('the schema in an editor', () => {
  for (const installed of [true, false]) {
    it(`loads the schema init names (${installed ? 'the installed package' : 'the npm CDN'}), and the policy validates clean`, async () => {
      const policy = initialised(installed);
      const { service, fetched } = editor();
      const diagnostics = await service.doValidation(open(policy), false);
      expect(diagnostics.map((d) => d.message)).toEqual([]);
      expect(fetched).toHaveLength(1);
      expect(fetched[0]).toMatch(installed ? /^file:.*\/node_modules\/agent-policy-lint\/schemas\/agent-policy-2\.1\.schema\.json$/ : new RegExp(`^${SCHEMA_BASE.replace(/[.]/g, '\\.')}`));
    });
  }

  it('reports a misspelt key at its line, and hovers render Markdown (no escaped backticks)', async () => {
    const policy = initialised(true);
    const dir = dirname(policy);
    const text = readFileSync(policy, 'utf8').replace('default_permissions:', 'default_permisions:');
    const doc = TextDocument.create(pathToFileURL(join(dir, '.agent-policy.yml')).toString(), 'yaml', 2, text);
    const { service } = editor();
    const diagnostics = await service.doValidation(doc, false);
    const line = text.split('\n').findIndex((l) => l.startsWith('default_permisions:'));
    expect(diagnostics.some((d) => d.range.start.line === line && /not allowed|DisallowedExtraProp/i.test(String(d.message)))).toBe(true);

    const original = open(policy);
    // a path pattern in filesystem.deny: its description is Markdown with code spans
    const patternLine = original.getText().split('\n').findIndex((l) => l.includes('"secrets/**"'));
    const column = original.getText().split('\n')[patternLine]!.indexOf('secrets') + 2;
    const hover = await service.doHover(original, { line: patternLine, character: column });
    const contents = hover?.contents as { kind: string; value: string };
    expect(contents.kind).toBe('markdown');
    expect(contents.value).toMatch(/`[^`]+`/); // code spans, as written in the schema's markdownDescription
    expect(contents.value).not.toContain('\\`');
  });
});
