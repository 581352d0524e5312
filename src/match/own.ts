// Tables keyed by program, option or subcommand names come from the command line: a name such as
// `constructor`, `toString` or `__proto__` must find nothing, never a property every object has.

/** The table's own entry for `key`, or undefined. */
export function own<T>(table: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}
