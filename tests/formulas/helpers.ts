import { trainIteration, type Iteration, type Model } from '../../src/engine';
import { chainRuleCard, type Card } from '../../src/formulas';
import { samplesOf, type SampleSelection } from '../../src/store';
import { buildTimeline, type Detail, type Step } from '../../src/timeline';

/** One frame of a walk: the step and its card. */
export interface Frame {
  readonly iteration: Iteration;
  readonly step: Step;
  readonly card: Card;
}

/** The iteration of a model on a selection (a sample index or the batch), as the store derives it. */
export const iterationOf = (model: Model, selection: SampleSelection): Iteration =>
  trainIteration(model, samplesOf(model, selection));

/** Every step of one selection at one detail level, with its card. */
export function framesOf(model: Model, selection: SampleSelection, detail: Detail): Frame[] {
  const iteration = iterationOf(model, selection);
  return buildTimeline(iteration, detail).steps.map((step) => ({
    iteration,
    step,
    card: chainRuleCard(model, iteration, step),
  }));
}

/** Every selection of a model: each sample, then the batch. */
export const selectionsOf = (model: Model): SampleSelection[] => [
  ...model.dataset.map((_s, n) => n),
  'batch',
];

/** Every frame of a model: every selection at both detail levels. */
export const allFrames = (model: Model): Frame[] =>
  selectionsOf(model).flatMap((selection) =>
    (['detailed', 'compact'] as const).flatMap((detail) => framesOf(model, selection, detail)),
  );

/** The frame of the step with the given id. */
export function frame(frames: readonly Frame[], id: string): Frame {
  const found = frames.find((f) => f.step.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
}

/** Every LaTeX string of a card: its lines and their segments. */
export const latexOf = (card: Card): string[] =>
  card.lines.flatMap((line) => [line.latex, ...line.segments.map((segment) => segment.latex)]);
