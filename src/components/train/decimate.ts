/**
 * Decimation of a long series to the pixel width of its plot (M4: the first, lowest, highest and last point of
 * every pixel column), so that 10,000 epochs draw as about 4 points a pixel and look exactly the same.
 */

/** Indices (ascending) of the points of ys worth drawing when point p falls in pixel column column(p). */
export function decimate(count: number, column: (p: number) => number, ys: (p: number) => number): number[] {
  const kept: number[] = [];
  let current = NaN;
  let first = -1;
  let low = -1;
  let high = -1;
  let last = -1;
  const flush = () => {
    if (first < 0) return;
    for (const p of [first, low, high, last].sort((a, b) => a - b)) if (p !== kept.at(-1)) kept.push(p);
    first = -1;
  };
  for (let p = 0; p < count; p++) {
    const y = ys(p);
    if (!Number.isFinite(y)) {
      // A gap stays a gap: the point is kept so that the line breaks there.
      flush();
      current = NaN;
      kept.push(p);
      continue;
    }
    const c = Math.floor(column(p));
    if (c !== current) {
      flush();
      current = c;
      first = low = high = last = p;
      continue;
    }
    if (y < ys(low)) low = p;
    if (y > ys(high)) high = p;
    last = p;
  }
  flush();
  return kept;
}

/** The ascending union of two ascending index lists. */
export function mergeIndices(a: readonly number[], b: readonly number[]): number[] {
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const takeA = j >= b.length || (i < a.length && (a[i] ?? Infinity) <= (b[j] ?? Infinity));
    const next = takeA ? a[i++] : b[j++];
    if (next !== undefined && next !== merged.at(-1)) merged.push(next);
  }
  return merged;
}
