/** Iterations of a run in words: which epoch and which samples each one trained on. */
import type { RunPlan, RunRecord } from '../../training';

/** The 1-based epoch of iteration n (0-based) of a run, or null for a single-iteration run. */
export function epochOf(plan: RunPlan, record: RunRecord, n: number): number | null {
  if (plan.kind !== 'epochs') return null;
  return Math.floor(n / Math.max(1, record.schedule.length)) + 1;
}

/** True when a run updates once per batch, with δw^avg = Σ_i δw^{learning,i}, rather than once per sample. */
export function updatesByBatch(plan: RunPlan): boolean {
  return plan.kind === 'epochs' ? plan.mode === 'batch' : plan.samples.length > 1;
}

/** The samples of iteration n, in words: "sample 2" or "batch of samples 1–3" (1-based). */
export function samplesLabel(samples: readonly number[]): string {
  const first = samples[0] ?? 0;
  if (samples.length <= 1) return `sample ${first + 1}`;
  return `batch of samples ${first + 1}–${(samples.at(-1) ?? first) + 1}`;
}

/** Iteration n (0-based) in words: "epoch 2 · sample 3", or "sample 3" for a single iteration. */
export function iterationLabel(plan: RunPlan, record: RunRecord, n: number): string {
  const samples = record.schedule[n % Math.max(1, record.schedule.length)] ?? [];
  const epoch = epochOf(plan, record, n);
  return epoch === null
    ? samplesLabel(samples)
    : `epoch ${epoch.toLocaleString('en-US')} · ${samplesLabel(samples)}`;
}
