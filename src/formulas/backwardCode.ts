import { lazyCode } from '../lazy/code';
import type { Step } from '../timeline';

/**
 * The formulas of the steps after the forward pass, loaded after the first frame (before it when the first frame shows
 * such a step, see store/describe.ts): the first frame of a fresh start needs the forward pass's only.
 */
export const backwardFormulas = lazyCode(() => import('./backward'));

/** True when the card, the caption and the narration of `step` can be made now (a forward step always can). */
export const describable = (step: Step | undefined): boolean =>
  step === undefined || step.kind === 'forward' || backwardFormulas.current() !== undefined;
