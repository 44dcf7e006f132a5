/** Unit roundoff of float64 arithmetic, u = 2^-53. */
const unitRoundoff = 2 ** -53;

/**
 * A sum of `count` terms made exactly 0 when it is within the rounding error bound of the sum.
 *
 * A float64 sum of n products differs from the exact sum by at most about (n + 1)·u·Σ|terms|, and each weight
 * read from a fraction like 1/5800 carries one more rounding. The Example's o^2 = 0 for inputs 1 and 3 is an exact
 * zero in rationals that floats turn into −3.5e-17 and −1.1e-16 (spec 3.7); a sum that small relative to its terms
 * cannot be told apart from 0, so it is 0, and ReLU's "≥ 0" test then lets the learning flow pass as the series
 * does. The bound used is twice the textbook one, 2·(n + 2)·u·Σ|terms|. Adding 0 also turns −0 into 0.
 */
export function snapToZero(sum: number, magnitude: number, count: number): number {
  const bound = 2 * (count + 2) * unitRoundoff * magnitude;
  return Number.isFinite(sum) && Math.abs(sum) <= bound ? 0 : sum + 0;
}

/** Σ terms, made exactly 0 when it is within the rounding error bound of the sum (see snapToZero). */
export function exactSum(terms: readonly number[]): number {
  let sum = 0;
  let magnitude = 0;
  for (const term of terms) {
    sum += term;
    magnitude += Math.abs(term);
  }
  return snapToZero(sum, magnitude, terms.length);
}
