/** Fair timing of several functions on a noisy machine: warm-up, then interleaved batches of timed samples. */

/** Per-call times of one function, in µs. */
export interface Timing {
  readonly p50: number;
  readonly p90: number;
  /** Number of calls timed. */
  readonly runs: number;
}

/** Keeps results alive so that no call can be optimised away. */
export let sink = 0;

/** Calls fn `reps` times; returns the elapsed ms. */
function time(fn: () => number, reps: number): number {
  const start = performance.now();
  for (let r = 0; r < reps; r++) sink += fn();
  return performance.now() - start;
}

/** Warms fn up for `ms` and returns how many back-to-back calls last at least 0.1 ms (one timed sample). */
function warmUp(fn: () => number, ms: number): number {
  let reps = 1;
  const end = performance.now() + ms;
  while (performance.now() < end) if (time(fn, reps) < 0.1) reps *= 2;
  return reps;
}

/** The q-quantile of sorted values (nearest rank). */
function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
}

/**
 * Times each function for about `budgetMs` and at least `minRuns` calls, after a warm-up of `warmupMs`.
 * Batches of ~20 ms of each function alternate, so that a slow phase of the machine hits all of them alike.
 */
export function interleave(
  fns: readonly (() => number)[],
  budgetMs = 1000,
  warmupMs = 200,
  minRuns = 20,
): Timing[] {
  const runs = fns.map((fn) => ({ fn, reps: warmUp(fn, warmupMs), spent: 0, samples: [] as number[] }));
  const done = (run: (typeof runs)[number]) =>
    run.spent >= budgetMs && run.samples.length * run.reps >= minRuns;
  while (!runs.every(done)) {
    for (const run of runs) {
      for (let batchMs = 0; batchMs < 20 && !done(run);) {
        const ms = time(run.fn, run.reps);
        run.samples.push((ms * 1000) / run.reps);
        run.spent += ms;
        batchMs += ms;
      }
    }
  }
  return runs.map(({ reps, samples }) => {
    const sorted = [...samples].sort((a, b) => a - b);
    return { p50: quantile(sorted, 0.5), p90: quantile(sorted, 0.9), runs: samples.length * reps };
  });
}
