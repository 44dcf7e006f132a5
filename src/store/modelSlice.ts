import { trainIteration, type Model } from '../engine';
import { neuronExists } from '../share/neuron';
import type { Detail } from '../timeline';
import { buildTimeline, equivalentIndex } from '../timeline';
import { derive, type Derived, type SampleSelection } from './derive';
import type { AppState, SliceCreator } from './store';

/** An iteration the stepper walks instead of the selection's (one of the last training run's): its model and samples. */
export interface InspectedIteration {
  /** The model before the iteration. */
  readonly model: Model;
  readonly samples: readonly number[];
  /** Its 0-based index in the last run. */
  readonly index: number;
}

/** The model being studied, the data it walks, the detail level, and what is derived from them. */
export interface ModelSlice extends Derived {
  readonly model: Model;
  readonly selection: SampleSelection;
  readonly detail: Detail;
  /** The past iteration being inspected, or null when the stepper walks the selected sample on the model. */
  readonly inspected: InspectedIteration | null;
  /** Replace the model (a preset, a file, a link) as one undoable step; the stepper restarts at step 0 on sample 1. */
  readonly loadModel: (model: Model, label?: string) => void;
  /** Walk another sample, or the batch; the stepper restarts at step 0. */
  readonly selectSample: (selection: SampleSelection) => void;
  /** Switch between the series' sub-steps and one step per δ, staying on the same quantity. */
  readonly setDetail: (detail: Detail) => void;
}

/** The iteration and timeline of an inspected iteration. */
function deriveInspected(inspected: InspectedIteration, detail: Detail): Derived {
  const iteration = trainIteration(inspected.model, inspected.samples);
  return { iteration, timeline: buildTimeline(iteration, detail) };
}

/** A selection that still exists in `model`'s dataset (the last sample when it shrank). */
export function selectionFor(model: Model, selection: SampleSelection): SampleSelection {
  if (selection === 'batch') return selection;
  return Math.max(0, Math.min(selection, model.dataset.length - 1));
}

/** How the stepper follows a model change. */
export interface ModelChangeOptions {
  /** Start over at step 0 (a loaded model starts on sample 1; a trained one keeps its selection unless given). */
  readonly restart?: boolean;
  readonly selection?: SampleSelection;
}

/**
 * The state after `next` replaces the model: the iteration and timeline re-derived, the stepper kept on the same
 * quantity (or restarted), and any inspection ended.
 */
export function modelChange(
  state: AppState,
  next: Model,
  options: ModelChangeOptions = {},
): Partial<AppState> {
  const restart = options.restart ?? false;
  const selection = selectionFor(next, options.selection ?? (restart ? 0 : state.selection));
  const derived = derive(next, selection, state.detail);
  const kept = equivalentIndex(state.timeline, state.stepIndex, derived.timeline);
  return {
    model: next,
    selection,
    inspected: null,
    ...derived,
    stepIndex: restart ? 0 : Math.max(0, kept),
    playing: restart ? false : state.playing,
    // A neuron that the new model no longer has (a layer or a neuron removed) is no longer selected.
    selected:
      restart || state.selected === null || !neuronExists(next, state.selected) ? null : state.selected,
    focusedTerm: null,
  };
}

/** The state that makes the stepper walk an inspected iteration from its first step. */
export function inspectState(state: AppState, inspected: InspectedIteration | null): Partial<AppState> {
  const derived = inspected
    ? deriveInspected(inspected, state.detail)
    : derive(state.model, state.selection, state.detail);
  return { inspected, ...derived, stepIndex: 0, playing: false, focusedTerm: null };
}

/** The model slice, opened on `model`. */
export const createModelSlice =
  (model: Model): SliceCreator<ModelSlice> =>
  (set, get) => ({
    model,
    selection: 0,
    detail: 'detailed',
    inspected: null,
    ...derive(model, 0, 'detailed'),
    // The fields of the model left behind take their problems and drafts with them.
    loadModel: (next, label = `open "${next.title}"`) =>
      get().commit(next, label, { restart: true, extra: { fieldProblems: {}, fieldDrafts: {} } }),
    selectSample: (selection) =>
      set({
        selection,
        inspected: null,
        stepIndex: 0,
        playing: false,
        ...derive(get().model, selection, get().detail),
      }),
    setDetail: (detail) => {
      const { timeline, stepIndex, model, selection, inspected } = get();
      if (detail === timeline.detail) return;
      const next = inspected ? deriveInspected(inspected, detail) : derive(model, selection, detail);
      set({ detail, ...next, stepIndex: equivalentIndex(timeline, stepIndex, next.timeline) });
    },
  });
