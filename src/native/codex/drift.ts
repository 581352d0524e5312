// Codex rules and config as a NativeModel for the drift check.
import type { Finding } from '../../report/finding.js';
import type { Candidate, NativeModel, NativeRuleView } from '../model.js';
import { expandAlternatives, startsWithWords } from '../token-patterns.js';
import type { NativeEffect } from '../types.js';
import { codexDefaults } from './importer.js';
import type { CodexConfig, CodexRule } from './reader.js';

const STRICTNESS: NativeEffect[] = ['deny', 'ask', 'allow'];

function combos(r: CodexRule): string[][] {
  // Too many alternatives: the first of each stands for the rule (examples only).
  return expandAlternatives(r.pattern) ?? [r.pattern.map((alts) => alts[0]!)];
}

export function codexModel(rules: readonly CodexRule[], config: CodexConfig | undefined, readFindings: readonly Finding[]): NativeModel {
  const findings: Finding[] = [...readFindings, ...(config?.findings ?? [])];
  if (config?.approvalPolicy?.value === 'never') {
    findings.push({ ruleId: 'native-checks-off', severity: 'error', message: 'Codex config sets approval_policy = "never": Codex never asks before it runs a command', hint: 'Remove approval_policy from the committed config, or use "on-request" or "untrusted".', ...config.approvalPolicy });
  }
  if (config?.sandboxMode?.value === 'danger-full-access') {
    findings.push({ ruleId: 'native-checks-off', severity: 'error', message: 'Codex config sets sandbox_mode = "danger-full-access": commands run without a sandbox', hint: 'Use "workspace-write" or "read-only" in the committed config.', ...config.sandboxMode });
  }
  const matches = (r: CodexRule, c: Candidate): boolean => c.kind === 'command' && combos(r).some((words) => startsWithWords(c.subject, words));
  const views: NativeRuleView[] = rules.map((r) => ({
    file: r.file,
    line: r.line,
    column: r.column,
    effect: r.effect,
    raw: r.raw,
    kind: 'command',
    examples: () => combos(r).flatMap((words) => [words.join(' '), `${words.join(' ')} x`]).map((subject) => ({ kind: 'command', subject })),
    matches: (c) => matches(r, c),
  }));
  const fallback = codexDefaults(config).commands;
  const decides = (c: Candidate): NativeEffect => {
    if (c.kind !== 'command') return 'ask';
    const hit = rules.filter((r) => matches(r, c)).map((r) => r.effect);
    return STRICTNESS.find((e) => hit.includes(e)) ?? fallback;
  };
  return { agent: 'Codex', rules: views, decides, findings };
}
