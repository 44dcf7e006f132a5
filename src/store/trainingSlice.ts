import type { TrainingMode } from '../engine';
import type { LossCurve } from '../training/curve';
import type { RunPlan, RunProgress, RunResult } from '../training/run';
import type { EditResult } from './editSlice';
import { lazyCode } from '../lazy/code';
import { lazyActions, stillLoading } from './lazyCode';
import { inspectState } from './modelSlice';
import type { AppState, SliceCreator } from './store';

/** Runs a task later and gives a function that cancels it (setTimeout in the app, synchronous in tests). */
export type Scheduler = (task: () => void) => () => void;

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
  /**
   * Trains `epochs` epochs (a number, or the text typed in a field) as one undoable step, in slices; pauses on the
   * first non-finite value with a notice.
   */
  readonly train: (epochs: number | string, mode?: TrainingMode) => EditResult;
  /** Stops the run in progress, keeping what it did. */
  readonly stopTraining: () => void;
  /** Makes the stepper walk iteration n (0-based) of the last run; false when there is no such iteration. */
  readonly inspectIteration: (n: number) => boolean;
  /** Back to the selected sample on the current model. */
  readonly stopInspecting: () => void;
}

/** The code of the runs (training, the loss curve, the reports), loaded with the Train panel. */
export const trainingCode = lazyCode(() => import('./trainingActions'));

/** The training slice: its state, and its runs through their lazily loaded code. */
export const createTrainingSlice =
  (options: TrainingOptions = {}): SliceCreator<TrainingSlice> =>
  (set, get) => {
    const runs = lazyActions(trainingCode, (code) => code.createTrainingActions(options)(set, get));
    /** The refusal of a run asked for before its code has arrived. */
    const notYet = (): EditResult => ({
      ok: false,
      problems: [{ path: '', message: stillLoading(trainingCode, 'training', get().notify) }],
    });
    return {
      trainingMode: 'sample',
      training: null,
      lastRun: null,
      curve: null,
      setTrainingMode: (mode) => set({ trainingMode: mode }),
      trainStep: () => runs()?.trainStep() ?? notYet(),
      train: (epochs, mode) => runs()?.train(epochs, mode) ?? notYet(),
      // Before the code has arrived nothing can run, and no run has left iterations to inspect.
      stopTraining: () => runs()?.stopTraining(),
      inspectIteration: (n) => runs()?.inspectIteration(n) ?? false,
      stopInspecting: () => {
        if (get().inspected !== null) set(inspectState(get(), null));
      },
    };
  };

/** True when the loss curve ends on the current model (false after an undo or an edit: the next run restarts it). */
export const selectCurveIsCurrent = (state: AppState): boolean =>
  state.curve !== null && state.curve.end === state.model;
