// Cursor CLI permissions as a NativeModel for the drift check: deny wins, what no rule names asks.
import { compilePolicyGlob } from '../../match/glob.js';
import type { Finding } from '../../report/finding.js';
import type { Candidate, NativeModel, NativeRuleView } from '../model.js';
import { readPlainGlob } from '../paths.js';
import type { NativeEffect } from '../types.js';
import { starMatch } from '../wildcard.js';
import { globExamples } from '../witness.js';
import { cursorMcpName, cursorShell } from './importer.js';
import type { CursorRule } from './reader.js';

function matcher(r: CursorRule, root: string): (c: Candidate) => boolean {
  switch (r.type) {
    case 'Shell': {
      const { program, args } = cursorShell(r.arg);
      return (c) => {
        if (c.kind !== 'command') return false;
        const [first = '', ...rest] = c.subject.split(' ');
        if (!starMatch(program, first)) return false;
        return args === undefined || starMatch(args, rest.join(' '));
      };
    }
    case 'Read':
    case 'Write': {
      const globs = readPlainGlob(r.arg, root).repo.map((g) => compilePolicyGlob(g));
      const op = r.type === 'Read' ? 'read' : 'write';
      return (c) => c.kind === 'path' && c.op === op && globs.some((m) => m(c.subject));
    }
    case 'WebFetch':
      return (c) => c.kind === 'host' && starMatch(r.arg.toLowerCase(), c.subject);
    case 'Mcp': {
      const name = cursorMcpName(r.arg);
      return (c) => c.kind === 'tool' && starMatch(name, c.subject);
    }
  }
}

const KIND: Record<CursorRule['type'], Candidate['kind']> = { Shell: 'command', Read: 'path', Write: 'path', WebFetch: 'host', Mcp: 'tool' };

export function cursorModel(rules: readonly CursorRule[], readFindings: readonly Finding[], root: string): NativeModel {
  const views = rules.map((r): NativeRuleView => {
    const kind = KIND[r.type];
    const op = r.type === 'Read' ? 'read' : r.type === 'Write' ? 'write' : undefined;
    const examples = (): Candidate[] => {
      if (r.type === 'Shell') {
        const { program, args } = cursorShell(r.arg);
        const p = program.replace(/\*/g, 'x');
        return [p, `${p} ${args?.replace(/\*/g, 'x') ?? 'x'}`].map((subject) => ({ kind, subject }));
      }
      if (op) return readPlainGlob(r.arg, root).repo.flatMap(globExamples).map((subject) => ({ kind, subject, op }));
      if (r.type === 'WebFetch') return [{ kind, subject: r.arg.toLowerCase().replace(/^\*\./, 'x.').replace(/\*/g, 'example.com') }];
      return [{ kind, subject: cursorMcpName(r.arg).replace(/\*/g, 'x') }];
    };
    return { file: r.file, line: r.line, column: r.column, effect: r.effect, raw: r.raw, kind, op, examples, matches: matcher(r, root) };
  });
  const decides = (c: Candidate): NativeEffect => {
    const hits = views.filter((v) => v.matches(c)).map((v) => v.effect);
    if (hits.includes('deny')) return 'deny';
    if (hits.includes('allow')) return 'allow';
    return c.kind === 'path' && c.op === 'read' ? 'allow' : 'ask';
  };
  return { agent: 'Cursor', rules: views, decides, findings: [...readFindings] };
}
