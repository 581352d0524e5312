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

/** The tables ownOf has read, each as its Map of entries (the tables of the data never change). */
const ENTRY_MAPS = new WeakMap<object, ReadonlyMap<string, unknown>>();

/**
 * own(table, key) for a table of the data that is read again and again with words of the line (a
 * program's subcommands): its entries are made a Map (ownEntries) the first time it is read.
 */
export function ownOf<T>(table: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  if (table === undefined) return undefined;
  let entries = ENTRY_MAPS.get(table);
  if (entries === undefined) ENTRY_MAPS.set(table, (entries = ownEntries(table)));
  return entries.get(key) as T | undefined;
}
