import fc from 'fast-check';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decompressBounded } from '../../src/share';
import { alphabet as alphabetText, quadraticStream } from './hostile';

/** lz-string's URI-safe alphabet, one character an item. */
const alphabet = [...alphabetText];

describe('decompressBounded(input, maxLength)', () => {
  it('reads back every text that lz-string compressed, any UTF-16 code unit included', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.json()), (text) => {
        const compressed = compressToEncodedURIComponent(text);
        expect(decompressBounded(compressed, Infinity)).toEqual({ ok: true, text });
      }),
      { numRuns: 1000 },
    );
  });

  it('reads back long repetitive texts, whose dictionary grows past 16-bit codes', () => {
    const text = Array.from({ length: 30_000 }, (_, n) => `w${(n * 7919) % 5003},`).join('');
    const result = decompressBounded(compressToEncodedURIComponent(text), Infinity);
    expect(result.ok && result.text === text).toBe(true);
  });

  it('agrees with lz-string on whatever random input it accepts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 200 }), (chars) => {
        const input = chars.join('');
        const result = decompressBounded(input, 1_000_000);
        if (result.ok) expect(result.text).toBe(decompressFromEncodedURIComponent(input));
      }),
      { numRuns: 3000 },
    );
  });

  it('stops as soon as the text would pass maxLength', () => {
    const small = quadraticStream(100);
    expect(decompressFromEncodedURIComponent(small)).toBe('a'.repeat((101 * 102) / 2));
    expect(decompressBounded(small, Infinity)).toEqual({ ok: true, text: 'a'.repeat((101 * 102) / 2) });
    // 64 KB of link that lz-string would expand to about 300 million characters.
    const hostile = quadraticStream(25_000);
    expect(hostile.length).toBeLessThan(64 * 1024);
    expect(decompressBounded(hostile, 200 * 1024)).toEqual({ ok: false, reason: 'too-large' });
    expect(decompressBounded(compressToEncodedURIComponent('abc'), 3)).toEqual({ ok: true, text: 'abc' });
    expect(decompressBounded(compressToEncodedURIComponent('abcd'), 3)).toEqual({
      ok: false,
      reason: 'too-large',
    });
  });

  it('refuses characters outside the alphabet, and empty or cut input', () => {
    const compressed = compressToEncodedURIComponent('{"model": 1, "view": 2}');
    expect(decompressBounded(`${compressed}=`, Infinity)).toEqual({ ok: false, reason: 'characters' });
    expect(decompressBounded('é', Infinity)).toEqual({ ok: false, reason: 'characters' });
    expect(decompressBounded('', Infinity)).toEqual({ ok: false, reason: 'damaged' });
    for (let length = 1; length < compressed.length; length += 1)
      expect(decompressBounded(compressed.slice(0, length), Infinity).ok).toBe(false);
  });
});
