// The per-program tables of data/*.json as the guard's build ships them: one file beside the
// guard's chunks, data-entries.bin (scripts/build.mjs, dataEntriesFile), that a hook run reads
// whole (a plain read of ~300 KB) and decodes one entry of at a time, for the programs its command
// names. Kept inside a chunk, the same texts were string constants that V8 deserialised from the
// chunk's code cache, and that the cache's checks hashed, on every run that decided a command.
//
// The file: a first line of JSON, {"<table>": {"<name>": [start, end], ...}, ...}, byte offsets
// into what follows it, then each entry's JSON text, one after another. Only the build's generated
// modules import this (src/match/lazy-table.ts takes what entryTexts returns).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntryTexts } from '../match/lazy-table.js';

/** The file's name in the guard's chunk directory (scripts/build.mjs writes it). */
export const DATA_ENTRIES_FILE = 'data-entries.bin';

interface DataEntries {
  index: Record<string, Record<string, [number, number]>>;
  payload: Buffer;
}

let loaded: DataEntries | undefined;

/** The file, read on first use; `dir`: the chunk directory. A missing or malformed file throws (the guard then fails closed). */
function dataEntries(dir: string): DataEntries {
  if (loaded) return loaded;
  const bytes = readFileSync(join(dir, DATA_ENTRIES_FILE));
  const newline = bytes.indexOf(0x0a);
  if (newline < 0) throw new Error(`${DATA_ENTRIES_FILE}: no index line`);
  loaded = { index: JSON.parse(bytes.toString('utf8', 0, newline)) as DataEntries['index'], payload: bytes.subarray(newline + 1) };
  return loaded;
}

/** The entries of one table of the file in `dir` (the directory of the chunk that asks: its `__dirname`). */
export function entryTexts(dir: string, table: string): EntryTexts {
  const { index, payload } = dataEntries(dir);
  const spans = index[table];
  if (!spans) throw new Error(`${DATA_ENTRIES_FILE}: no table "${table}"`);
  return {
    names: Object.keys(spans),
    text: (name) => {
      const span = Object.hasOwn(spans, name) ? spans[name] : undefined;
      if (!span) throw new Error(`${DATA_ENTRIES_FILE}: no entry "${name}" in "${table}"`);
      return payload.toString('utf8', span[0], span[1]);
    },
  };
}
