import type { Model, TrainingMode } from '../engine';
import type { Detail } from '../timeline';
import type { SampleSelection } from './derive';
import { modelChange, selectionFor, type ModelChangeOptions } from './modelSlice';
import type { AppState, SliceCreator } from './store';

/** A model the user can go back (or forward) to, and what the change from (or to) it was. */
export interface HistoryEntry {
  readonly model: Model;
  /** The change, in plain text ("set w^{2,1}_3", "train 10 epochs"), for the undo and redo buttons. */
  readonly label: string;
}

/** At most this many models are kept to undo. */
export const maxHistory = 200;

/** The view saved with the work, restored with it. */
export interface SessionView {
  readonly selection: SampleSelection;
  readonly detail: Detail;
  readonly stepIndex: number;
  readonly seed?: number;
  readonly trainingMode?: TrainingMode;
}

/** How a commit changes the rest of the state. */
export interface CommitOptions extends ModelChangeOptions {
  /** More state set in the same update (and set even when the model did not change). */
  readonly extra?: Partial<AppState>;
}

/** Undo and redo over whole models: every edit, training run and load is one step. */
export interface HistorySlice {
  /** Older models, the most recent last; each entry's label is the change made after it. */
  readonly past: readonly HistoryEntry[];
  /** Models undone, the next to redo last. */
  readonly future: readonly HistoryEntry[];
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly undo: () => void;
  readonly redo: () => void;
  /** Makes `model` the current one as one undoable step named `label` (nothing is recorded if it is the same model). */
  readonly commit: (model: Model, label: string, options?: CommitOptions) => void;
  /** Opens saved work: its model and view, with an empty history. */
  readonly restoreSession: (model: Model, view: SessionView) => void;
}

/** The history state after a change: the past and future lists and the flags derived from them. */
const historyState = (past: readonly HistoryEntry[], future: readonly HistoryEntry[]) => ({
  past,
  future,
  canUndo: past.length > 0,
  canRedo: future.length > 0,
});

/** The history slice. A running training is stopped (keeping what it did) before the model changes otherwise. */
export const createHistorySlice: SliceCreator<HistorySlice> = (set, get) => {
  const stopRun = () => {
    if (get().training !== null) get().stopTraining();
  };
  /** Moves one entry from `from` to `to`: the shared move of undo and redo. */
  const travel = (direction: 'undo' | 'redo') => {
    stopRun();
    const state = get();
    const from = direction === 'undo' ? state.past : state.future;
    const entry = from.at(-1);
    if (entry === undefined) return;
    const rest = from.slice(0, -1);
    const moved = [
      ...(direction === 'undo' ? state.future : state.past),
      { model: state.model, label: entry.label },
    ];
    const lists = direction === 'undo' ? historyState(rest, moved) : historyState(moved, rest);
    set({ ...modelChange(state, entry.model), ...lists, fieldProblems: {}, fieldDrafts: {} });
  };
  return {
    ...historyState([], []),
    undo: () => travel('undo'),
    redo: () => travel('redo'),
    commit: (model, label, options = {}) => {
      stopRun();
      const state = get();
      if (model === state.model) {
        // Nothing to undo; a reload of the same model still restarts the stepper.
        const restarted = options.restart ? modelChange(state, model, options) : {};
        set({ ...restarted, ...options.extra });
        return;
      }
      const past = [...state.past, { model: state.model, label }].slice(-maxHistory);
      set({ ...modelChange(state, model, options), ...historyState(past, []), ...options.extra });
    },
    restoreSession: (model, view) => {
      stopRun();
      const state = get();
      const restored = modelChange({ ...state, detail: view.detail }, model, {
        restart: true,
        selection: selectionFor(model, view.selection),
      });
      const steps = restored.timeline?.steps.length ?? 0;
      const stepIndex = Number.isInteger(view.stepIndex)
        ? Math.min(Math.max(0, view.stepIndex), Math.max(0, steps - 1))
        : 0;
      set({
        ...restored,
        detail: view.detail,
        stepIndex,
        ...historyState([], []),
        ...(view.seed === undefined ? {} : { seed: view.seed }),
        ...(view.trainingMode === undefined ? {} : { trainingMode: view.trainingMode }),
        lastRun: null,
        curve: null,
        fieldProblems: {},
        fieldDrafts: {},
      });
    },
  };
};

/** The label of the change undo would take back, or null. */
export const selectUndoLabel = (state: AppState): string | null => state.past.at(-1)?.label ?? null;

/** The label of the change redo would make again, or null. */
export const selectRedoLabel = (state: AppState): string | null => state.future.at(-1)?.label ?? null;
