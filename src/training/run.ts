import {
  epochSchedule,
  resultsTable,
  trainUpdate,
  type Model,
  type ResultRow,
  type TrainingMode,
} from '../engine';
import { weightChanges, type WeightChange } from './changes';
import { weightCount } from './count';
import { CurveBuilder, type LossCurve } from './curve';
import { findNonFinite, type NonFiniteReport } from './nonFinite';

/** What a run does: N epochs in a mode (each starts at the first sample), or one iteration on given samples. */
export type RunPlan =
  | { readonly kind: 'epochs'; readonly mode: TrainingMode; readonly epochs: number }
  | { readonly kind: 'iteration'; readonly samples: readonly number[] };

/** How a run ended: all done, stopped by the user, or paused on the first non-finite value. */
export type RunStatus = 'done' | 'stopped' | 'nonFinite';

/** Enough to rebuild any iteration of a run: its schedule and the model at regular checkpoints. */
export interface RunRecord {
  /** Iteration n of the run uses the samples schedule[n mod schedule.length]. */
  readonly schedule: readonly (readonly number[])[];
  /** checkpoints[c] is the model before iteration c · every. */
  readonly checkpoints: readonly Model[];
  readonly every: number;
  /** How many iterations can be rebuilt: the applied ones, plus the one that produced a non-finite value. */
  readonly count: number;
}

/** Where a run is. */
export interface RunProgress {
  /** Iterations applied so far, and planned. */
  readonly iterations: number;
  readonly totalIterations: number;
  /** Epochs completed so far (fractional mid-epoch), and planned. */
  readonly epochs: number;
  readonly totalEpochs: number;
  /** loss^avg at the last point of the loss curve. */
  readonly lossAvg: number | undefined;
}

/** Everything a finished (or stopped, or paused) run leaves: before and after, results, the curve, the record. */
export interface RunResult {
  readonly plan: RunPlan;
  readonly status: RunStatus;
  readonly before: Model;
  /** The model after the last applied iteration (always finite: a non-finite iteration is not applied). */
  readonly after: Model;
  readonly progress: RunProgress;
  readonly nonFinite: NonFiniteReport | null;
  readonly record: RunRecord;
  /** The series' results table (o^n, threshold 0.5, loss, correct?) before and after the run. */
  readonly resultsBefore: readonly ResultRow[];
  readonly resultsAfter: readonly ResultRow[];
  /** Each weight and bias before and after the run. */
  readonly changes: readonly WeightChange[];
  readonly curve: LossCurve;
}

/** A run in progress: a stateful object owned by whoever drives it (never stored in app state). */
export interface Run {
  /** Applies up to `chunk` more iterations; false once the run is over (done, or paused on a non-finite value). */
  advance(chunk: number): boolean;
  progress(): RunProgress;
  /** The loss curve so far. */
  curve(): LossCurve;
  /** The result so far: a run stopped early keeps what it did. */
  finish(): RunResult;
}

/** At most this many numbers of weights are kept in a run's checkpoints. */
const checkpointBudget = 1_000_000;

/** The samples of each iteration of a plan. */
function scheduleOf(model: Model, plan: RunPlan): number[][] {
  return plan.kind === 'epochs' ? epochSchedule(model, plan.mode) : [[...plan.samples]];
}

/**
 * Starts a run on `model`. The loss curve continues `curve` when it ends on this very model, else starts anew.
 * Nothing happens until `advance` is called.
 */
export function startRun(model: Model, plan: RunPlan, curve: LossCurve | null = null): Run {
  const schedule = scheduleOf(model, plan);
  const perEpoch = Math.max(1, schedule.length);
  const epochs = plan.kind === 'epochs' ? Math.max(0, Math.floor(plan.epochs)) : 0;
  const totalIterations = schedule.length === 0 ? 0 : plan.kind === 'epochs' ? epochs * schedule.length : 1;
  const maxCheckpoints = Math.min(1024, Math.max(8, Math.floor(checkpointBudget / (weightCount(model) + 1))));
  const every = Math.max(1, Math.ceil(totalIterations / maxCheckpoints));
  const checkpoints: Model[] = [];
  const builder = new CurveBuilder(model, curve);
  const origin = builder.position;
  const datasetSize = Math.max(1, model.dataset.length);
  let current = model;
  let done = 0;
  let nonFinite: NonFiniteReport | null = null;
  let finished: RunResult | null = null;

  const epochsDone = () =>
    plan.kind === 'epochs' ? done / perEpoch : (done * (schedule[0]?.length ?? 0)) / datasetSize;
  const over = () => nonFinite !== null || done >= totalIterations;
  const progress = (): RunProgress => ({
    iterations: done,
    totalIterations,
    epochs: epochsDone(),
    totalEpochs: plan.kind === 'epochs' ? epochs : totalIterations / datasetSize,
    lossAvg: builder.lastLossAvg(),
  });

  return {
    advance(chunk) {
      for (let step = 0; step < Math.max(1, chunk) && !over() && finished === null; step += 1) {
        if (done % every === 0) checkpoints.push(current);
        const samples = schedule[done % perEpoch] ?? [];
        const iteration = trainUpdate(current, samples);
        const report = findNonFinite(iteration, { epoch: Math.floor(done / perEpoch) + 1, iteration: done });
        if (report) {
          nonFinite = report;
          break;
        }
        current = iteration.after;
        done += 1;
        if (plan.kind === 'iteration' || done % perEpoch === 0) builder.offer(origin + epochsDone(), current);
      }
      return !over() && finished === null;
    },
    progress,
    curve: () => builder.snapshot(),
    finish() {
      if (finished) return finished;
      // A run that ends mid-epoch gets a last point where it stopped.
      if (plan.kind === 'epochs' && done % perEpoch !== 0) builder.offer(origin + epochsDone(), current);
      builder.keepLast();
      finished = {
        plan,
        status: nonFinite ? 'nonFinite' : done >= totalIterations ? 'done' : 'stopped',
        before: model,
        after: current,
        progress: progress(),
        nonFinite,
        record: { schedule, checkpoints: [...checkpoints], every, count: done + (nonFinite ? 1 : 0) },
        resultsBefore: resultsTable(model),
        resultsAfter: resultsTable(current),
        changes: weightChanges(model, current),
        curve: builder.snapshot(),
      };
      return finished;
    },
  };
}

/**
 * Iteration n (0-based) of a run, rebuilt from the nearest checkpoint: the model before it and its samples,
 * or undefined when the run has no such iteration. The replay is exact (the same pure functions on the same inputs).
 */
export function iterationOf(
  record: RunRecord,
  n: number,
): { model: Model; samples: readonly number[] } | undefined {
  if (!Number.isInteger(n) || n < 0 || n >= record.count) return undefined;
  const c = Math.floor(n / record.every);
  let model = record.checkpoints[c];
  if (model === undefined) return undefined;
  const samplesAt = (m: number) => record.schedule[m % Math.max(1, record.schedule.length)] ?? [];
  for (let m = c * record.every; m < n; m += 1) model = trainUpdate(model, samplesAt(m)).after;
  return { model, samples: samplesAt(n) };
}

/**
 * Runs `epochs` epochs of gradient descent in slices of `chunk` iterations: each `next()` does one slice and
 * yields the progress; the generator returns the result. A caller that stops early can keep the last progress.
 */
export function* runEpochs(
  model: Model,
  mode: TrainingMode,
  epochs: number,
  options: { readonly chunk: number; readonly curve?: LossCurve | null },
): Generator<RunProgress, RunResult, void> {
  const run = startRun(model, { kind: 'epochs', mode, epochs }, options.curve ?? null);
  while (run.advance(options.chunk)) yield run.progress();
  return run.finish();
}
