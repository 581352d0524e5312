// YAML -> plain data plus a JSON-pointer -> source position map, taken from the yaml AST.
// Every problem is a Finding; nothing here throws on bad input.
import { CST, Composer, LineCounter, Parser, isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, Node, ParsedNode, Scalar } from 'yaml';
import type { Finding } from '../report/finding.js';

/** A source range with 1-based line/column of both ends (end exclusive). */
export interface Span {
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface NodeInfo {
  /** The mapping key, when the node is a mapping value. */
  key?: Span;
  value: Span;
  node: Node;
}

/** Nodes expanded through aliases beyond this count are an alias bomb. */
export const MAX_ALIAS_NODES = 10_000;

export class PositionMap {
  readonly byPointer = new Map<string, NodeInfo>();
  constructor(readonly lineCounter: LineCounter, readonly textLength: number) {}

  span(start: number, end: number): Span {
    const a = this.lineCounter.linePos(start);
    const b = this.lineCounter.linePos(Math.max(start, end));
    return { start, end, line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  }

  get(pointer: string): NodeInfo | undefined {
    return this.byPointer.get(pointer);
  }

  /**
   * The span of the node at `pointer` (its key when `which` is 'key' and it has one). A pointer
   * that does not exist resolves to its nearest existing ancestor.
   */
  at(pointer: string, which: 'key' | 'value' = 'value'): Span {
    let p = pointer;
    for (;;) {
      const info = this.byPointer.get(p);
      if (info) return (which === 'key' && info.key) || info.value;
      if (p === '') return this.span(0, 0);
      p = p.slice(0, p.lastIndexOf('/'));
    }
  }

  /** Where to point at a mapping as a whole: its key if it has one, else its first line. */
  head(pointer: string): Span {
    let p = pointer;
    let info = this.byPointer.get(p);
    while (!info && p !== '') {
      p = p.slice(0, p.lastIndexOf('/'));
      info = this.byPointer.get(p);
    }
    if (!info) return this.span(0, 0);
    if (info.key) return info.key;
    const v = info.value;
    if (v.endLine === v.line) return v;
    const lineEnd = this.lineCounter.lineStarts[v.line] ?? v.end;
    return this.span(v.start, Math.max(v.start, lineEnd - 1));
  }
}

export interface ParsedYaml {
  text: string;
  /** The composed document; undefined only when the text holds no document at all. */
  doc?: Document.Parsed;
  /** Top-level CST tokens (for --fix); joined with CST.stringify they give back `text`. */
  tokens: CST.Token[];
  /** Plain data; undefined when the YAML is unusable (its findings say why). */
  data?: unknown;
  positions: PositionMap;
  findings: Finding[];
}

export function escapePointer(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function pointerSegments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map(unescapePointer);
}

/** `/permissions/filesystem/allow/2` -> `permissions.filesystem.allow[2]` (for messages). */
export function displayPath(pointer: string): string {
  let out = '';
  for (const seg of pointerSegments(pointer)) {
    if (/^\d+$/.test(seg)) out += `[${seg}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out || '(root)';
}

const YAML_RULES: Record<string, string> = {
  DUPLICATE_KEY: 'yaml-duplicate-key',
  MULTIPLE_DOCS: 'yaml-multiple-documents',
};

function cleanMessage(message: string): string {
  if (/call stack/i.test(message)) return 'the file nests too deeply to be read';
  const first = message.split('\n')[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, '').replace(/:$/, '');
}

/** Deeper nesting is reported instead of read (a policy needs about six levels). */
export const MAX_DEPTH = 100;

export function parseYaml(text: string, file: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const positions = new PositionMap(lineCounter, text.length);
  const findings: Finding[] = [];
  let tokens: CST.Token[];
  let docs: Document.Parsed[];
  try {
    tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
    docs = [...new Composer({ keepSourceTokens: true, uniqueKeys: true }).compose(tokens, true, text.length)];
  } catch (e) {
    // The parser recurses per nesting level: absurd nesting exhausts the stack.
    if (!(e instanceof RangeError)) throw e;
    const s = positions.span(0, 0);
    findings.push({
      ruleId: 'yaml-syntax',
      severity: 'error',
      message: 'the file nests too deeply to be read',
      hint: `A policy needs a handful of levels; keep nesting under ${MAX_DEPTH}.`,
      file,
      line: s.line,
      column: s.column,
    });
    return { text, tokens: [], positions, findings };
  }
  const doc = docs[0];
  const at = (start: number, end: number) => {
    const s = positions.span(start, end);
    return { file, line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn };
  };
  if (!doc) return { text, tokens, positions, findings };

  // Report every duplicate key, but only the first other syntax error: the rest usually cascade.
  const firstOther = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
  const unclosed = firstOther ? firstUnclosed(tokens) : undefined;
  for (const e of doc.errors) {
    if (e.code !== 'DUPLICATE_KEY' && e !== firstOther) continue;
    if (e === firstOther && unclosed && unclosed.offset <= e.pos[0]) {
      findings.push({
        ruleId: 'yaml-syntax',
        severity: 'error',
        message: unclosed.message,
        hint: unclosed.hint,
        ...at(unclosed.offset, unclosed.offset + 1),
        data: { yamlCode: e.code },
      });
      continue;
    }
    findings.push({
      ruleId: YAML_RULES[e.code] ?? 'yaml-syntax',
      severity: 'error',
      message: e.code === 'DUPLICATE_KEY' ? 'duplicate key: a key may appear only once in a mapping' : cleanMessage(e.message),
      hint: e.code === 'DUPLICATE_KEY' ? 'Merge the two entries into one (YAML keeps only the last).' : 'Fix the YAML syntax at this position.',
      ...at(skipIndent(text, e.pos[0], e.code), e.pos[1]),
      data: { yamlCode: e.code },
    });
  }
  const second = docs[1];
  if (second) {
    findings.push({
      ruleId: 'yaml-multiple-documents',
      severity: 'error',
      message: 'the file holds several YAML documents; a policy file must hold exactly one',
      hint: 'Remove the `---` separator and everything after it, or merge the documents.',
      ...at(second.range[0], second.range[1]),
    });
  }
  for (const w of doc.warnings) {
    findings.push({
      ruleId: 'yaml-warning',
      severity: 'warning',
      message: cleanMessage(w.message),
      hint: 'Policy files need only plain YAML: strings, numbers, booleans, lists and mappings.',
      ...at(w.pos[0], w.pos[1]),
      data: { yamlCode: w.code },
    });
  }
  if (findings.some((f) => f.severity === 'error')) return { text, doc, tokens, positions, findings };

  const conv = new Converter(doc, positions, file);
  const data = conv.convert(doc.contents as ParsedNode | null, '', undefined);
  findings.push(...conv.findings);
  if (conv.findings.some((f) => f.severity === 'error')) return { text, doc, tokens, positions, findings };
  return { text, doc, tokens, positions, findings, data };
}

/** An error reported at indentation is about the token after it (unless the indentation is a tab). */
function skipIndent(text: string, offset: number, code: string): number {
  if (code === 'TAB_AS_INDENT') return offset;
  let i = offset;
  while (text[i] === ' ') i++;
  return text[i] === '\n' || text[i] === '\r' || i >= text.length ? offset : i;
}

const CLOSERS: Record<string, string> = { '[': ']', '{': '}' };

/**
 * The first quoted string, else the first flow collection, that is never closed: the cause of
 * most syntax-error cascades (an unclosed quote also leaves its enclosing [ ] unclosed).
 */
function firstUnclosed(tokens: CST.Token[]): { offset: number; message: string; hint: string } | undefined {
  type Hit = { offset: number; message: string; hint: string };
  let quote: Hit | undefined;
  let coll: Hit | undefined;
  const consider = (t: CST.Token | undefined) => {
    if (!t) return;
    if (t.type === 'flow-collection') {
      const open = t.start.source;
      const close = CLOSERS[open] ?? ']';
      if (!t.end.some((e) => e.source === close) && (!coll || t.offset < coll.offset)) {
        coll = { offset: t.offset, message: `this ${open} is never closed`, hint: `Add the closing ${close}.` };
      }
    } else if (t.type === 'double-quoted-scalar' || t.type === 'single-quoted-scalar') {
      const q = t.type === 'double-quoted-scalar' ? '"' : "'";
      const src = t.source.replace(/\s+$/, '');
      let closed = src.length >= 2 && src.endsWith(q);
      if (closed && q === '"') closed = (/\\*"$/.exec(src.slice(1))![0].length - 1) % 2 === 0;
      if (closed && q === "'" && src !== "''") closed = /'+$/.exec(src.slice(1))![0].length % 2 === 1;
      if (!closed && (!quote || t.offset < quote.offset)) {
        quote = { offset: t.offset, message: 'this quoted string is never closed', hint: `Add the closing ${q}.` };
      }
    }
  };
  try {
    for (const doc of tokens) {
      if (doc.type !== 'document') continue;
      consider(doc.value);
      CST.visit(doc, (item) => {
        consider(item.key ?? undefined);
        consider(item.value ?? undefined);
      });
    }
  } catch (e) {
    if (!(e instanceof RangeError)) throw e; // absurd nesting: fall back to the parser's position
    return undefined;
  }
  return quote ?? coll;
}

class Converter {
  readonly findings: Finding[] = [];
  private aliasNodes = 0;
  private bombed = false;
  private readonly stack = new Set<Node>();

  constructor(
    private readonly doc: Document.Parsed,
    private readonly positions: PositionMap,
    private readonly file: string,
  ) {}

  private report(ruleId: string, message: string, hint: string, node: Node): void {
    const r = node.range ?? [0, 0, 0];
    const s = this.positions.span(r[0], r[1]);
    this.findings.push({
      ruleId,
      severity: 'error',
      message,
      hint,
      file: this.file,
      line: s.line,
      column: s.column,
      endLine: s.endLine,
      endColumn: s.endColumn,
    });
  }

  private record(pointer: string, node: Node, key: Node | undefined): void {
    if (this.positions.byPointer.has(pointer)) return;
    const r = node.range ?? [0, 0, 0];
    const info: NodeInfo = { value: this.positions.span(r[0], r[1]), node };
    if (key?.range) info.key = this.positions.span(key.range[0], key.range[1]);
    // `key:` with nothing after it: point at the key, not at the empty spot after the colon.
    if (info.key && r[0] === r[1]) info.value = info.key;
    this.positions.byPointer.set(pointer, info);
  }

  convert(node: ParsedNode | Node | null, pointer: string, key: Node | undefined, viaAlias = false): unknown {
    if (this.bombed) return null;
    if (node === null) return null;
    if (this.stack.size >= MAX_DEPTH) {
      if (!this.findings.some((f) => f.ruleId === 'yaml-syntax')) {
        this.report('yaml-syntax', `the file nests deeper than ${MAX_DEPTH} levels`, 'A policy needs a handful of levels; flatten the structure.', node);
      }
      return null;
    }
    if (viaAlias && ++this.aliasNodes > MAX_ALIAS_NODES) {
      this.bombed = true;
      return null;
    }
    this.record(pointer, node, key);
    if (isAlias(node)) {
      const target = node.resolve(this.doc);
      if (!target) {
        this.report('yaml-syntax', `unknown alias *${node.source}: its anchor must be defined before it`, 'Define the anchor (&name) before using the alias, or write the value out.', node);
        return null;
      }
      if (this.stack.has(target)) {
        this.report('yaml-alias-limit', `alias *${node.source} refers to a node that contains it`, 'Remove the self-referencing alias.', node);
        return null;
      }
      const value = this.convert(target, pointer, key, true);
      if (this.bombed && !this.findings.some((f) => f.ruleId === 'yaml-alias-limit')) {
        this.report(
          'yaml-alias-limit',
          `aliases expand to more than ${MAX_ALIAS_NODES} nodes (an alias bomb); the file is not read further`,
          'Write the lists out instead of nesting aliases.',
          node,
        );
      }
      return value;
    }
    if (isScalar(node)) return (node as Scalar).value ?? null;
    this.stack.add(node);
    try {
      if (isMap(node)) {
        const out: Record<string, unknown> = {};
        for (const pair of node.items) {
          if (!isPair(pair)) continue;
          const k = pair.key as Node | null;
          if (k !== null && !isScalar(k)) {
            this.report('yaml-syntax', 'mapping keys must be plain strings', 'Write the key as a plain string.', k);
            continue;
          }
          const name = k === null ? '' : String((k as Scalar).value ?? '');
          const child = `${pointer}/${escapePointer(name)}`;
          const value = this.convert(pair.value as Node | null, child, k ?? undefined, viaAlias);
          if (pair.value === null) this.record(child, k ?? node, k ?? undefined);
          // Own property even for "__proto__": never touch the prototype.
          Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
        }
        return out;
      }
      if (isSeq(node)) {
        return node.items.map((item, i) => this.convert(item as Node | null, `${pointer}/${i}`, undefined, viaAlias));
      }
      return null;
    } finally {
      this.stack.delete(node);
    }
  }
}

/** The data-type name people know, for "(got …)" in messages. */
export function describeType(value: unknown): string {
  if (value === null || value === undefined) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return Number.isInteger(value) ? 'a whole number' : 'a number';
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'a mapping';
    default:
      return typeof value;
  }
}
