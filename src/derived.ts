// Values worked out from an object that never changes once made (a compiled policy, a rule list,
// a program's model from the data files, a cached command analysis), kept so that the work is done
// once and not on every decision. Pure: usable from every layer.

/** `derive` run once per key object; the value is kept as long as the key lives. */
export function derivedOnce<K extends object, V, A extends unknown[] = []>(derive: (key: K, ...args: A) => V): (key: K, ...args: A) => V {
  const values = new WeakMap<K, V>();
  return (key, ...args) => {
    let value = values.get(key);
    if (value === undefined && !values.has(key)) values.set(key, (value = derive(key, ...args)));
    return value as V;
  };
}

/**
 * `derive` for the last key asked about only: for a value asked of one object several times in a
 * row (a simple command, once per level and list of a decision). One entry, not a WeakMap entry
 * per key ever seen, which costs more to make and to collect than such a value costs to work out.
 */
export function derivedForLast<K extends object, V>(derive: (key: K) => V): (key: K) => V {
  let lastKey: K | undefined;
  let lastValue: V;
  return (key) => {
    if (key !== lastKey) {
      lastValue = derive(key);
      lastKey = key;
    }
    return lastValue;
  };
}
