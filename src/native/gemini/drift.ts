// Gemini CLI policies as a NativeModel for the drift check: the highest-priority matching rule
// decides (a tie goes to the stricter), what no rule names asks.
import type { Finding } from '../../report/finding.js';
import type { Candidate, NativeModel, NativeRuleView } from '../model.js';
import { starMatch } from '../wildcard.js';
import type { NativeEffect } from '../types.js';
import { GEMINI_READ_TOOLS, GEMINI_SHELL, GEMINI_WEB_TOOLS, GEMINI_WRITE_TOOLS, policyToolName } from './importer.js';
import type { GeminiRule } from './reader.js';

const RANK: Record<NativeEffect, number> = { deny: 0, ask: 1, allow: 2 };

function kindOf(tool: string): Candidate['kind'] {
  if (tool === GEMINI_SHELL) return 'command';
  if (GEMINI_WRITE_TOOLS.includes(tool) || GEMINI_READ_TOOLS.includes(tool)) return 'path';
  if (GEMINI_WEB_TOOLS.includes(tool)) return 'host';
  return 'tool';
}

function ruleMatches(r: GeminiRule, tool: string, c: Candidate): boolean {
  if (kindOf(tool) !== c.kind) return false;
  if (c.kind === 'path' && (c.op === 'write') !== GEMINI_WRITE_TOOLS.includes(tool)) return false;
  // Regular expressions over commands or arguments are not evaluated here: they match no witness.
  if (r.commandRegex !== undefined || r.argsPattern !== undefined) return false;
  if (c.kind === 'command') return r.commandPrefixes.length === 0 || r.commandPrefixes.some((p) => c.subject.startsWith(p));
  if (c.kind === 'tool') return starMatch(policyToolName(tool), c.subject);
  return true;
}

export function geminiModel(rules: readonly GeminiRule[], readFindings: readonly Finding[]): NativeModel {
  const live = rules.filter((r) => !r.modes || r.modes.includes('default'));
  const views: NativeRuleView[] = live.flatMap((r) =>
    r.tools
      .filter((t) => t !== '*')
      .map((tool): NativeRuleView => {
        const kind = kindOf(tool);
        const op = kind === 'path' ? (GEMINI_WRITE_TOOLS.includes(tool) ? 'write' : 'read') : undefined;
        return {
          file: r.file,
          line: r.line,
          column: r.column,
          effect: r.effect,
          raw: r.raw,
          kind,
          op,
          examples: () =>
            kind === 'command'
              ? r.commandPrefixes.flatMap((p) => [p.trim(), `${p.trim()} x`]).map((subject) => ({ kind, subject }))
              : kind === 'tool'
                ? [{ kind, subject: policyToolName(tool).replace(/\*/g, 'x') }]
                : kind === 'host'
                  ? [{ kind, subject: 'example.com' }]
                  : [{ kind, subject: 'x.txt', op }],
          matches: (c) => ruleMatches(r, tool, c),
        };
      }),
  );
  const decides = (c: Candidate): NativeEffect => {
    let best: GeminiRule | undefined;
    for (const r of live) {
      if (!r.tools.some((t) => ruleMatches(r, t, c))) continue;
      if (!best || r.priority > best.priority || (r.priority === best.priority && RANK[r.effect] < RANK[best.effect])) best = r;
    }
    if (best) return best.effect;
    return c.kind === 'path' && c.op === 'read' ? 'allow' : 'ask';
  };
  return { agent: 'Gemini CLI', rules: views, decides, findings: [...readFindings] };
}
