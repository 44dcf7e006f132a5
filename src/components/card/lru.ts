/**
 * A map of at most `limit` entries, for memos: reading an entry makes it the most recent one, and an entry set past
 * the limit drops the least recently used (the first in the map's order).
 */
export function lru<K, V>(limit: number) {
  const kept = new Map<K, V>();
  return {
    get(key: K): V | undefined {
      const value = kept.get(key);
      if (value !== undefined) {
        kept.delete(key);
        kept.set(key, value);
      }
      return value;
    },
    set(key: K, value: V): void {
      kept.set(key, value);
      if (kept.size > limit) kept.delete(kept.keys().next().value as K);
    },
  };
}
