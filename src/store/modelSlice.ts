import type { Model } from '../engine';
import type { Detail } from '../timeline';
import { equivalentIndex } from '../timeline';
import { derive, type Derived, type SampleSelection } from './derive';
import type { SliceCreator } from './store';

/** The model being studied, the data it walks, the detail level, and what is derived from them. */
export interface ModelSlice extends Derived {
  readonly model: Model;
  readonly selection: SampleSelection;
  readonly detail: Detail;
  /** Replace the model (a preset, a file, a link); the stepper restarts at step 0 on its first sample. */
  readonly loadModel: (model: Model) => void;
  /** Walk another sample, or the batch; the stepper restarts at step 0. */
  readonly selectSample: (selection: SampleSelection) => void;
  /** Switch between the series' sub-steps and one step per δ, staying on the same quantity. */
  readonly setDetail: (detail: Detail) => void;
}

/** The model slice, opened on `model`. */
export const createModelSlice =
  (model: Model): SliceCreator<ModelSlice> =>
  (set, get) => ({
    model,
    selection: 0,
    detail: 'detailed',
    ...derive(model, 0, 'detailed'),
    loadModel: (next) =>
      set({
        model: next,
        selection: 0,
        stepIndex: 0,
        playing: false,
        selected: null,
        ...derive(next, 0, get().detail),
      }),
    selectSample: (selection) =>
      set({ selection, stepIndex: 0, playing: false, ...derive(get().model, selection, get().detail) }),
    setDetail: (detail) => {
      const { timeline, stepIndex, model, selection } = get();
      if (detail === timeline.detail) return;
      const next = derive(model, selection, detail);
      set({ detail, ...next, stepIndex: equivalentIndex(timeline, stepIndex, next.timeline) });
    },
  });
