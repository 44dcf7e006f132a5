/** Heap use of a function, measured above a garbage-collected baseline (needs node --expose-gc). */

/** MB of heap: kept alive by one result, and the peak sampled after each call of a loop (garbage included). */
export interface HeapUse {
  readonly retainedMb: number;
  readonly peakMb: number;
  readonly runs: number;
}

const mb = (bytes: number) => bytes / 2 ** 20;

/** Measures fn's heap use, or returns undefined when gc is not exposed. */
export function heapUse(fn: () => unknown, runs = 30): HeapUse | undefined {
  const gc = globalThis.gc;
  if (gc === undefined) return undefined;
  gc();
  const baseline = process.memoryUsage().heapUsed;
  const held: { result?: unknown } = { result: fn() };
  gc();
  const retainedMb = mb(process.memoryUsage().heapUsed - baseline);
  delete held.result;
  gc();
  let peak = 0;
  for (let r = 0; r < runs; r++) {
    held.result = fn();
    peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
  }
  return { retainedMb, peakMb: mb(peak), runs };
}
