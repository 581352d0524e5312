// Tables keyed by program, option or subcommand names come from the command line: a name such as
// `constructor`, `toString` or `__proto__` must find nothing, never a property every object has.

/** The table's own entry for `key`, or undefined. */
export function own<T>(table: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * A fixed table's own entries as a Map, for lookups on hot paths: a name from the command line is
 * hashed once (a property lookup with a string that is not yet internalised costs more), and a
 * name such as `constructor` finds nothing, as with `own`.
 */
export function ownEntries<T>(table: Readonly<Record<string, T>>): ReadonlyMap<string, T> {
  return new Map(Object.entries(table));
}
