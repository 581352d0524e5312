// Tables of data/*.json keyed by program name, each entry made the first time it is asked for.
// The runtime guard's build keeps every entry of these tables as its JSON text, in a file beside
// its chunks (scripts/build.mjs, src/guard/data-entries.ts), and an entry is parsed the first time
// a command names its program: a hook run then makes the entries of the programs its command
// names, not the hundreds of the tables (building them all was about 2 ms of a 90 ms hook for the
// touch models alone, and the tables have doubled since), and it reads those texts from a file
// rather than deserialising 300 KB of them from a chunk's code cache. Elsewhere (the CLI's bundle,
// tests on the sources) the entries are objects already.

/** A table's entries as JSON texts, each read on demand (the guard's build; src/guard/data-entries.ts). */
export interface EntryTexts {
  readonly names: readonly string[];
  /** The entry's JSON text (for a name of `names`). */
  text(name: string): string;
}

function isEntryTexts(raw: Readonly<Record<string, unknown>> | EntryTexts): raw is EntryTexts {
  return typeof (raw as EntryTexts).text === 'function' && Array.isArray((raw as EntryTexts).names);
}

export class LazyTable<T> {
  /** The names of the entries (keys starting with `$` are comments): a Set, as names come from the command line (see ownEntries). */
  private readonly known: ReadonlySet<string>;
  private readonly parsed = new Map<string, T>();

  constructor(private readonly raw: Readonly<Record<string, unknown>> | EntryTexts) {
    this.known = new Set(isEntryTexts(raw) ? raw.names : Object.keys(raw).filter((k) => !k.startsWith('$')));
  }

  /**
   * The same table, its entries read as V: each reader declares the part of an entry it reads
   * (data/programs.json is shared by the argv, touch and hazard models; their types are their own).
   */
  view<V>(): LazyTable<V> {
    return this as unknown as LazyTable<V>;
  }

  names(): IterableIterator<string> {
    return this.known.values();
  }

  has(name: string): boolean {
    return this.known.has(name);
  }

  get(name: string): T | undefined {
    let entry = this.parsed.get(name);
    if (entry !== undefined || !this.known.has(name)) return entry;
    entry = (isEntryTexts(this.raw) ? JSON.parse(this.raw.text(name)) : this.raw[name]) as T;
    this.parsed.set(name, entry);
    return entry;
  }
}
