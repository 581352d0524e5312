// The per-program touch models of data/programs.json ("touch"), by name. The runtime guard's build
// keeps each model as its JSON text (scripts/build.mjs, touchModelsAsText) and a model is parsed
// the first time it is asked for: a hook run then makes the models of the programs its command
// names, not the ~370 of the table (building them all was about 2 ms of a 90 ms hook). Elsewhere
// (the CLI's bundle, tests on the sources) the models are objects already.

export class TouchTable<T> {
  /** The names of the models (keys starting with `$` are comments): a Set, as names come from the command line (see ownEntries). */
  private readonly known: ReadonlySet<string>;
  private readonly parsed = new Map<string, T>();

  constructor(private readonly raw: Readonly<Record<string, unknown>>) {
    this.known = new Set(Object.keys(raw).filter((k) => !k.startsWith('$')));
  }

  names(): IterableIterator<string> {
    return this.known.values();
  }

  has(name: string): boolean {
    return this.known.has(name);
  }

  get(name: string): T | undefined {
    let model = this.parsed.get(name);
    if (model !== undefined || !this.known.has(name)) return model;
    const raw = this.raw[name];
    model = (typeof raw === 'string' ? JSON.parse(raw) : raw) as T;
    this.parsed.set(name, model);
    return model;
  }
}
