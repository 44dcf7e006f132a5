/** The training slice's actions that run training (the runs, the loss curve, the reports): loaded in a chunk of their own. */
import type { Model } from '../engine';
import { describeNonFinite, iterationOf, startRun, type Run, type RunPlan } from '../training';
import type { EditResult } from './editSlice';
import { samplesOf, type SampleSelection } from './derive';
import { inspectState, type ModelChangeOptions } from './modelSlice';
import type { AppState, SliceCreator } from './store';
import { chunkFor, maxEpochs, timeoutScheduler } from './runs';
import type { TrainingOptions, TrainingSlice } from './trainingSlice';

/** The actions of this chunk. */
export type TrainingActions = Pick<
  TrainingSlice,
  'trainStep' | 'train' | 'stopTraining' | 'inspectIteration'
>;

/** The label of a run in the history. */
function runLabel(plan: RunPlan): string {
  if (plan.kind === 'iteration') return 'train one iteration';
  const how = plan.mode === 'batch' ? 'by batch' : 'per sample';
  return `train ${plan.epochs} epoch${plan.epochs === 1 ? '' : 's'} ${how}`;
}

/** The picker's name for the data of an iteration: its one sample, or the batch. */
const selectionOf = (samples: readonly number[]): SampleSelection =>
  samples.length === 1 ? (samples[0] ?? 0) : 'batch';

/** The epochs as a number: text typed in a field reads as its digits ("1,000" and "1 000" as 1000), else undefined. */
function epochCount(epochs: number | string): number | undefined {
  if (typeof epochs === 'number') return epochs;
  const digits = epochs.trim().replace(/[,_\s]/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : undefined;
}

/** Training runs for one store, driven by `scheduler` in slices of `chunk` iterations. */
export const createTrainingActions =
  (options: TrainingOptions = {}): SliceCreator<TrainingActions> =>
  (set, get) => {
    const scheduler = options.scheduler ?? timeoutScheduler;
    const now = options.now ?? (() => performance.now());
    const sliceMs = options.sliceMs ?? 12;
    /** The run being driven, its iterations per burst, and how to cancel its next slice (private to this store). */
    let job: { run: Run; plan: RunPlan; chunk: number; cancel: () => void } | null = null;

    /** Makes the stepper walk iteration `index` of the last run, and the Data picker name its sample (or batch). */
    const inspect = (found: { model: Model; samples: readonly number[] }, index: number) =>
      set({ ...inspectState(get(), { ...found, index }), selection: selectionOf(found.samples) });

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
      if (offending) inspect(offending, report.iteration);
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
        const count = epochCount(epochs);
        if (count === undefined || !Number.isInteger(count) || count < 1 || count > maxEpochs) {
          // What was typed, as typed ("-1", "1e5"), or nothing (the field holds a few characters at most).
          const text = typeof epochs === 'string' ? epochs.trim() : null;
          const got = text === null ? String(epochs) : text === '' ? 'nothing' : JSON.stringify(text);
          return refuse(
            'epochs',
            `expected a whole number of epochs from 1 to ${maxEpochs.toLocaleString('en-US')}, got ${got}`,
          );
        }
        if (model.dataset.length === 0) return refuse('dataset', 'add a sample first: training needs data');
        const plan: RunPlan = { kind: 'epochs', mode, epochs: count };
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
        inspect(found, n);
        return true;
      },
    };
  };
