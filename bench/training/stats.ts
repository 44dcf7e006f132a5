/** Small statistics for the training benchmark: quantiles of repeated timings. */

/** The q-quantile of some values (nearest rank). */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

/** A duration in ms, to 3 significant digits, or in µs below 1 ms. */
export function formatMs(ms: number): string {
  if (ms < 1) return `${(ms * 1000).toPrecision(3)} µs`;
  return ms < 1000 ? `${ms.toPrecision(3)} ms` : `${(ms / 1000).toPrecision(3)} s`;
}

/**
 * Runs each function (each does `epochs` epochs) `runs` times, alternating them so that a slow phase of the
 * machine hits all alike, after one warm-up run each; gives the ms per epoch of every run of each function.
 */
export function timeRuns(fns: readonly (() => void)[], epochs: number, runs: number): number[][] {
  for (const fn of fns) fn();
  const perEpoch = fns.map((): number[] => []);
  for (let r = 0; r < runs; r++) {
    fns.forEach((fn, f) => {
      const start = performance.now();
      fn();
      perEpoch[f]?.push((performance.now() - start) / epochs);
    });
  }
  return perEpoch;
}
