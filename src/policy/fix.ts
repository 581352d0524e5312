// --fix: edits the YAML concrete syntax tree, so that every byte the fix does not touch (comments,
// quoting, indentation, line endings) stays as the user wrote it. The result is re-parsed and
// must equal the expected data, or nothing is changed.
import { CST, isScalar, isSeq } from 'yaml';
import { isDeepStrictEqual } from 'node:util';
import type { FixOp } from './semantic.js';
import { parseYaml, pointerSegments, type ParsedYaml } from './yaml.js';

type SetOp = Extract<FixOp, { op: 'set' }>;

/** Applies the ops to plain data (a deep copy), for checking the edited text. */
function applyToData(data: unknown, ops: readonly FixOp[]): unknown {
  const copy = structuredClone(data);
  const removals: { list: unknown[]; index: number }[] = [];
  for (const op of ops) {
    const segs = pointerSegments(op.pointer);
    const last = segs.pop()!;
    let parent: unknown = copy;
    for (const s of segs) parent = (parent as Record<string, unknown>)[s];
    if (op.op === 'set') (parent as Record<string, unknown>)[last] = op.value;
    else removals.push({ list: parent as unknown[], index: Number(last) });
  }
  removals.sort((a, b) => b.index - a.index).forEach((r) => r.list.splice(r.index, 1));
  return copy;
}

function setScalar(parsed: ParsedYaml, op: SetOp): boolean {
  const node = parsed.positions.get(op.pointer)?.node;
  if (!node || !isScalar(node) || !node.srcToken) return false;
  const tok = node.srcToken;
  if (tok.type !== 'scalar' && tok.type !== 'single-quoted-scalar' && tok.type !== 'double-quoted-scalar') return false;
  CST.setScalarValue(tok, op.value, op.quote ? { type: 'QUOTE_DOUBLE' } : {});
  return true;
}

function removeItem(parsed: ParsedYaml, pointer: string): boolean {
  const parentPointer = pointer.slice(0, pointer.lastIndexOf('/'));
  const seq = parsed.positions.get(parentPointer)?.node;
  const item = parsed.positions.get(pointer)?.node;
  if (!seq || !isSeq(seq) || !item || !isScalar(item) || !seq.srcToken || !item.srcToken) return false;
  const coll = seq.srcToken;
  if (coll.type !== 'block-seq' && coll.type !== 'flow-collection') return false;
  const index = coll.items.findIndex((it) => it.value === item.srcToken);
  if (index <= 0) return false; // never the first item: duplicates are later ones
  const it = coll.items[index]!;
  if (coll.type === 'flow-collection') {
    // `, "x"` goes; a comment inside the separator would go with it, so leave such items alone.
    if (it.start.some((t) => t.type === 'comment')) return false;
    coll.items.splice(index, 1);
    return true;
  }
  // Block sequence: keep whole comment lines before the item; drop its own line (and its
  // trailing comment). Whatever follows the item (blank or comment lines) stays.
  const ind = it.start.findIndex((t) => t.type === 'seq-item-ind');
  let keep = 0;
  for (let i = 0; i < ind; i++) if (it.start[i]!.type === 'newline') keep = i + 1;
  const kept = it.start.slice(0, keep);
  const tail = (item.srcToken as { end?: CST.SourceToken[] }).end ?? [];
  const nl = tail.findIndex((t) => t.type === 'newline');
  const after = nl >= 0 ? tail.slice(nl + 1) : [];
  coll.items.splice(index, 1);
  const extra = [...kept, ...after];
  if (extra.length) {
    const prev = coll.items[index - 1]!;
    const prevEnd = (prev.value as { end?: CST.SourceToken[] } | undefined)?.end;
    if (!prevEnd) return false;
    prevEnd.push(...extra);
  }
  return true;
}

/**
 * The file text with the ops applied, or undefined when they cannot be applied exactly
 * (the caller then reports the findings as not fixed).
 */
export function applyFixes(parsed: ParsedYaml, ops: readonly FixOp[]): string | undefined {
  if (ops.length === 0 || parsed.data === undefined) return undefined;
  // Work on a fresh parse: the CST is edited in place.
  const work = parseYaml(parsed.text, '');
  if (work.data === undefined) return undefined;
  for (const op of ops) {
    const ok = op.op === 'set' ? setScalar(work, op) : removeItem(work, op.pointer);
    if (!ok) return undefined;
  }
  const text = work.tokens.map((t) => CST.stringify(t)).join('');
  const check = parseYaml(text, '');
  if (check.findings.some((f) => f.severity === 'error')) return undefined;
  if (!isDeepStrictEqual(check.data, applyToData(parsed.data, ops))) return undefined;
  return text;
}
