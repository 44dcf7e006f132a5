import { mixSeed, mulberry32 } from './random';

/** Initial weights are rounded to this many decimals, so the chain-rule card shows short numbers. */
export const initialDecimals = 2;

/** Rounds to `initialDecimals` decimals, never giving −0. */
function round(value: number): number {
  const scale = 10 ** initialDecimals;
  const rounded = Math.round(value * scale) / scale;
  return rounded === 0 ? 0 : rounded;
}

/**
 * Xavier/Glorot uniform weights of a Linear layer L^k with `size` outputs after `previous` inputs:
 * w^{k,j}_i drawn in [−√(6 / (previous + size)), √(6 / (previous + size))], as weights[j][i].
 * Deterministic: the same (seed, k, size, previous) always gives the same weights.
 */
export function initialWeights(seed: number, k: number, size: number, previous: number): number[][] {
  const random = mulberry32(mixSeed(seed, k, size, previous));
  const limit = Math.sqrt(6 / Math.max(1, previous + size));
  return Array.from({ length: size }, () =>
    Array.from({ length: previous }, () => round((2 * random() - 1) * limit)),
  );
}

/** Initial biases b^k_j: 0, as the series starts them. */
export function initialBiases(size: number): number[] {
  return Array.from({ length: size }, () => 0);
}
