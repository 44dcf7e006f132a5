import { describe, expect, it } from 'vitest';
import { lru } from '../../../src/components/card/lru';

describe('lru(limit): the memos of the card', () => {
  it('keeps at most `limit` entries, dropping the one read or set longest ago', () => {
    const kept = lru<string, number>(2);
    kept.set('a', 1);
    kept.set('b', 2);
    // Reading a makes b the least recently used: setting c drops b.
    expect(kept.get('a')).toBe(1);
    kept.set('c', 3);
    expect([kept.get('a'), kept.get('c')]).toEqual([1, 3]);
    expect(kept.get('b')).toBeUndefined();
  });
});
