import type { Pass } from '../engine';
import type { Step, Timeline } from '../timeline';
import type { AppState } from './store';

/** The step shown now, or undefined when the timeline is empty (no sample to walk). */
export const selectStep = (state: AppState): Step | undefined => state.timeline.steps[state.stepIndex];

/** The batch element the current step shows: the index of its pass (0 for a single sample). */
export const selectElementIndex = (state: AppState): number => selectStep(state)?.element ?? 0;

/** The pass of the batch element the current step shows. */
export const selectPass = (state: AppState): Pass | undefined =>
  state.iteration.passes[selectElementIndex(state)];

/** The batch element (1-based) the current step shows in a batch of several, or undefined for a single sample. */
export const selectElement = (state: AppState): number | undefined =>
  state.iteration.passes.length > 1 ? selectElementIndex(state) + 1 : undefined;

/** True when the step that stores the quantity `key` comes at or before step `stepIndex` of the timeline. */
function isStored(timeline: Timeline, stepIndex: number, key: string): boolean {
  const at = timeline.storedAt.get(key);
  return at !== undefined && at <= stepIndex;
}

/** True once the step that stores the quantity `key` has been reached: before that its box shows "—". */
export const selectStored =
  (key: string) =>
  (state: AppState): boolean =>
    isStored(state.timeline, state.stepIndex, key);
