import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimate, mergeIndices } from '../../../src/components/train/decimate';

/** Min and max of the values of each column, over some indices. */
function envelope(indices: readonly number[], ys: readonly number[], column: (p: number) => number) {
  const found = new Map<number, [number, number]>();
  for (const p of indices) {
    const y = ys[p] ?? NaN;
    if (!Number.isFinite(y)) continue;
    const c = Math.floor(column(p));
    const [lo, hi] = found.get(c) ?? [Infinity, -Infinity];
    found.set(c, [Math.min(lo, y), Math.max(hi, y)]);
  }
  return found;
}

describe('decimate(count, column, ys)', () => {
  it('keeps every point when each has a pixel column of its own', () => {
    const ys = [3, 1, 4, 1, 5];
    expect(
      decimate(
        ys.length,
        (p) => p * 10,
        (p) => ys[p] ?? NaN,
      ),
    ).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps the first, lowest, highest and last point of each column, in order', () => {
    const ys = [5, 9, 1, 7, 6, 2, 8];
    // Points 0–3 in column 0, 4–6 in column 1.
    expect(
      decimate(
        ys.length,
        (p) => (p < 4 ? 0.5 : 1.5),
        (p) => ys[p] ?? NaN,
      ),
    ).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const flat = [2, 2, 2, 2, 2, 2];
    expect(
      decimate(
        flat.length,
        () => 0,
        (p) => flat[p] ?? NaN,
      ),
    ).toEqual([0, 5]);
  });

  it('keeps a non-finite value as a gap', () => {
    const ys = [1, 2, NaN, 3, 4];
    expect(
      decimate(
        ys.length,
        () => 0,
        (p) => ys[p] ?? NaN,
      ),
    ).toEqual([0, 1, 2, 3, 4]);
  });

  it('draws 10,000 epochs on 300 pixels with at most 4 points a pixel, and the same envelope in each', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 10_000 }),
        fc.integer({ min: 1, max: 300 }),
        (ys, width) => {
          const column = (p: number) => (p / ys.length) * width;
          const kept = decimate(ys.length, column, (p) => ys[p] ?? NaN);
          expect(kept.length).toBeLessThanOrEqual(4 * (width + 1));
          expect([...kept].sort((a, b) => a - b)).toEqual(kept);
          expect(new Set(kept).size).toBe(kept.length);
          expect(kept[0]).toBe(0);
          expect(kept.at(-1)).toBe(ys.length - 1);
          const all = Array.from({ length: ys.length }, (_v, p) => p);
          expect(envelope(kept, ys, column)).toEqual(envelope(all, ys, column));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('mergeIndices(a, b)', () => {
  it('gives the ascending union without repeats', () => {
    expect(mergeIndices([0, 2, 5], [1, 2, 6])).toEqual([0, 1, 2, 5, 6]);
    expect(mergeIndices([], [3])).toEqual([3]);
  });
});
