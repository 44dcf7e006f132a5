import type { Model, TrainingMode } from '../engine';
import {
  describeNonFinite,
  iterationOf,
  startRun,
  weightCount,
  type LossCurve,
  type Run,
  type RunPlan,
  type RunProgress,
  type RunResult,
} from '../training';
import type { EditResult } from './editSlice';
import { samplesOf } from './derive';
import { inspectState, type ModelChangeOptions } from './modelSlice';
import type { AppState, SliceCreator } from './store';

/** Runs a task later and gives a function that cancels it (setTimeout in the app, synchronous in tests). */
export type Scheduler = (task: () => void) => () => void;

/** The app's scheduler: each slice of a long run goes after the browser has painted and handled input. */
export const timeoutScheduler: Scheduler = (task) => {
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
};

/** A synchronous scheduler for tests: tasks run at once, queued rather than nested, so deep runs do not recurse. */
export function createImmediateScheduler(): Scheduler {
  const queue: (() => void)[] = [];
  let draining = false;
  return (task) => {
    let cancelled = false;
    queue.push(() => {
      if (!cancelled) task();
    });
    if (!draining) {
      draining = true;
      try {
        for (let next = queue.shift(); next; next = queue.shift()) next();
      } finally {
        draining = false;
      }
    }
    return () => {
      cancelled = true;
    };
  };
}

/** At most this many epochs in one run. */
export const maxEpochs = 100_000;

/** About this much work (samples × (weights + neurons)) is done between two looks at the clock (about 1 ms). */
const burstWork = 500;

/** Iterations between two looks at the clock for a model: more for small models, at least 1. */
export function chunkFor(model: Model, mode: TrainingMode): number {
  const neurons = model.layers.reduce((sum, layer) => sum + layer.size, 0);
  const perIteration = mode === 'batch' ? Math.min(model.batchSize, Math.max(1, model.dataset.length)) : 1;
  // Each epoch also measures the loss curve: one forward pass per sample.
  const work = (perIteration + 1) * (weightCount(model) + neurons + 1);
  return Math.max(1, Math.floor(burstWork / work));
}

/** A run in progress, as the UI shows it. */
export interface TrainingProgress extends RunProgress {
  readonly plan: RunPlan;
}

/** Options of the training slice. */
export interface TrainingOptions {
  readonly scheduler?: Scheduler;
  /** Exactly this many iterations per slice (tests); when absent, each slice runs for about `sliceMs`. */
  readonly chunk?: number;
  /** Milliseconds of training per slice, 12 by default: the page stays responsive between slices. */
  readonly sliceMs?: number;
  /** The clock slices are timed with (performance.now by default). */
  readonly now?: () => number;
}

/** Training runs: one iteration, N epochs in slices, the loss curve, the last run's before/after, and inspection. */
export interface TrainingSlice {
  /** How an epoch walks the dataset: one update per sample (dataset order) or one per batch. */
  readonly trainingMode: TrainingMode;
  /** The run in progress, or null. */
  readonly training: TrainingProgress | null;
  /** The last run: models and results tables before and after, weight changes, and what rebuilds its iterations. */
  readonly lastRun: RunResult | null;
  /** loss^avg and each sample's loss after each epoch; it continues across runs that follow each other. */
  readonly curve: LossCurve | null;
  readonly setTrainingMode: (mode: TrainingMode) => void;
  /** Applies the iteration the stepper shows as one undoable step, then shows the next sample's iteration. */
  readonly trainStep: () => EditResult;
  /** Trains `epochs` epochs (one undoable step) in slices; pauses on the first non-finite value with a notice. */
  readonly train: (epochs: number, mode?: TrainingMode) => EditResult;
  /** Stops the run in progress, keeping what it did. */
  readonly stopTraining: () => void;
  /** Makes the stepper walk iteration n (0-based) of the last run; false when there is no such iteration. */
  readonly inspectIteration: (n: number) => boolean;
  /** Back to the selected sample on the current model. */
  readonly stopInspecting: () => void;
}

/** The label of a run in the history. */
function runLabel(plan: RunPlan): string {
  if (plan.kind === 'iteration') return 'train one iteration';
  const how = plan.mode === 'batch' ? 'by batch' : 'per sample';
  return `train ${plan.epochs} epoch${plan.epochs === 1 ? '' : 's'} ${how}`;
}

/** The training slice; runs are driven by `scheduler` in slices of `chunk` iterations. */
export const createTrainingSlice =
  (options: TrainingOptions = {}): SliceCreator<TrainingSlice> =>
  (set, get) => {
    const scheduler = options.scheduler ?? timeoutScheduler;
    const now = options.now ?? (() => performance.now());
    const sliceMs = options.sliceMs ?? 12;
    /** The run being driven, its iterations per burst, and how to cancel its next slice (private to this store). */
    let job: { run: Run; plan: RunPlan; chunk: number; cancel: () => void } | null = null;

    const refuse = (path: string, message: string): EditResult => ({
      ok: false,
      problems: [{ path, message }],
    });

    /** Ends a run: one history entry, the last run's record, and a notice when it paused on a non-finite value. */
    const finish = (run: Run, plan: RunPlan, follow: ModelChangeOptions = {}) => {
      job = null;
      const result = run.finish();
      const changed = result.after !== get().model;
      const extra: Partial<AppState> = { training: null, lastRun: result, curve: result.curve };
      get().commit(result.after, runLabel(plan), { ...follow, extra });
      const report = result.nonFinite;
      if (report === null) return;
      // The stepper shows the iteration that produced the value; the model keeps the last finite weights.
      const offending = iterationOf(result.record, report.iteration);
      if (offending) set(inspectState(get(), { ...offending, index: report.iteration }));
      const what = describeNonFinite(report, plan.kind === 'epochs');
      const then = changed
        ? ' Training paused before that iteration, which the stepper now shows; undo to go back to the weights before the run.'
        : ' Nothing was changed; the stepper shows the iteration where it happened.';
      get().notify({
        level: 'warning',
        text: `${what.charAt(0).toUpperCase()}${what.slice(1)}.${then}`,
        ...(changed ? { action: 'undo' as const } : {}),
      });
    };

    /** Runs one slice, then schedules the next or finishes. */
    const step = (run: Run) => {
      if (job?.run !== run) return;
      let more = run.advance(job.chunk);
      if (options.chunk === undefined) {
        const deadline = now() + sliceMs;
        while (more && now() < deadline) more = run.advance(job.chunk);
      }
      if (!more) {
        finish(run, job.plan);
        return;
      }
      set({ training: { plan: job.plan, ...run.progress() }, curve: run.curve() });
      schedule(run);
    };

    const schedule = (run: Run) => {
      const cancel = scheduler(() => step(run));
      if (job?.run === run) job.cancel = cancel;
    };

    return {
      trainingMode: 'sample',
      training: null,
      lastRun: null,
      curve: null,
      setTrainingMode: (mode) => set({ trainingMode: mode }),
      trainStep: () => {
        if (get().training !== null) get().stopTraining();
        const state = get();
        // The selection's iteration on the current model (not an inspected one of the past).
        const samples = samplesOf(state.model, state.selection);
        if (samples.length === 0) return refuse('dataset', 'add a sample first: training needs data');
        const plan: RunPlan = { kind: 'iteration', samples };
        const run = startRun(state.model, plan, state.curve);
        run.advance(1);
        const size = state.model.dataset.length;
        const selection = state.selection === 'batch' ? 'batch' : (state.selection + 1) % Math.max(1, size);
        // After a finite update the stepper starts the next iteration: the next sample, from step 0.
        finish(run, plan, run.progress().iterations === 1 ? { restart: true, selection } : {});
        return { ok: true };
      },
      train: (epochs, mode = get().trainingMode) => {
        if (get().training !== null) get().stopTraining();
        const { model, curve } = get();
        if (!Number.isInteger(epochs) || epochs < 1 || epochs > maxEpochs)
          return refuse(
            'epochs',
            `expected a whole number of epochs from 1 to ${maxEpochs.toLocaleString('en-US')}, got ${String(epochs)}`,
          );
        if (model.dataset.length === 0) return refuse('dataset', 'add a sample first: training needs data');
        const plan: RunPlan = { kind: 'epochs', mode, epochs };
        const run = startRun(model, plan, curve);
        job = { run, plan, chunk: options.chunk ?? chunkFor(model, mode), cancel: () => undefined };
        set({ training: { plan, ...run.progress() }, trainingMode: mode });
        schedule(run);
        return { ok: true };
      },
      stopTraining: () => {
        if (job === null) {
          if (get().training !== null) set({ training: null });
          return;
        }
        const { run, plan, cancel } = job;
        cancel();
        finish(run, plan);
      },
      inspectIteration: (n) => {
        const record = get().lastRun?.record;
        const found = record ? iterationOf(record, n) : undefined;
        if (!found) return false;
        set(inspectState(get(), { ...found, index: n }));
        return true;
      },
      stopInspecting: () => {
        if (get().inspected !== null) set(inspectState(get(), null));
      },
    };
  };

/** True when the loss curve ends on the current model (false after an undo or an edit: the next run restarts it). */
export const selectCurveIsCurrent = (state: AppState): boolean =>
  state.curve !== null && state.curve.end === state.model;
