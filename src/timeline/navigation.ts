import type { Timeline } from './build';
import type { Phase, Step } from './steps';

/** The quantity a step is about, the same at both detail levels (a gradient's stage is left out). */
export function subjectOf(step: Step): string {
  return step.id.replace(/:(goal|paths|formula|local|terms|sum|all)$/, '');
}

/**
 * The index in `to` of the step `from.steps[index]` is: the same step when `to` has it (the model edited, the same
 * sub-step of the same δ), else the step about the same quantity (the other detail level): its whole derivation, or
 * its result.
 */
export function equivalentIndex(from: Timeline, index: number, to: Timeline): number {
  const step = from.steps[index];
  if (!step) return 0;
  const subject = subjectOf(step);
  let found = -1;
  // The last step about the same quantity, unless the very step comes first.
  to.steps.forEach((candidate, n) => {
    if (subjectOf(candidate) === subject && to.steps[found]?.id !== step.id) found = n;
  });
  return found >= 0 ? found : Math.min(index, to.steps.length - 1);
}

/** Where each run of same-phase steps starts (per batch element): the scrubber's markers. */
export interface PhaseMarker {
  readonly index: number;
  readonly phase: Phase;
  readonly element: number;
}

/** The first index of every run of steps with the same phase and element. */
export function phaseMarkers(timeline: Timeline): PhaseMarker[] {
  const markers: PhaseMarker[] = [];
  timeline.steps.forEach((step, index) => {
    const previous = timeline.steps[index - 1];
    if (!previous || previous.phase !== step.phase || previous.element !== step.element) {
      markers.push({ index, phase: step.phase, element: step.element });
    }
  });
  return markers;
}

/** The start of the next phase run after `index`, or the last step. */
export function nextPhaseIndex(timeline: Timeline, index: number): number {
  const next = phaseMarkers(timeline).find((marker) => marker.index > index);
  return next ? next.index : Math.max(0, timeline.steps.length - 1);
}

/** The start of the current phase run, or of the previous one when already at a start. */
export function previousPhaseIndex(timeline: Timeline, index: number): number {
  const before = phaseMarkers(timeline).filter((marker) => marker.index < index);
  return before.at(-1)?.index ?? 0;
}
