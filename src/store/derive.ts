import { iterationSize, trainIteration, type Iteration, type Model } from '../engine';
import { buildTimeline, type Detail, type Timeline } from '../timeline';

/** Which data the stepper walks: one sample of the dataset (by index) or the first batch. */
export type SampleSelection = number | 'batch';

/** The state derived from the model, the selection and the detail level: recomputed only when they change. */
export interface Derived {
  readonly iteration: Iteration;
  readonly timeline: Timeline;
}

/** The dataset indices a selection covers (empty when the dataset has no such sample). */
export function samplesOf(model: Model, selection: SampleSelection): number[] {
  // The first batch of an epoch, without the others (selectors read it on every change of the store).
  if (selection === 'batch')
    return Array.from({ length: Math.min(iterationSize(model, 'batch'), model.dataset.length) }, (_, n) => n);
  return selection >= 0 && selection < model.dataset.length ? [selection] : [];
}

/** One training iteration on the selected samples and its timeline. */
export function derive(model: Model, selection: SampleSelection, detail: Detail): Derived {
  const iteration = trainIteration(model, samplesOf(model, selection));
  return { iteration, timeline: buildTimeline(iteration, detail) };
}
