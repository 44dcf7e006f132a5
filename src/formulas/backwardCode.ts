import { lazyCode } from '../lazy/code';
import type { ForwardStep, Step } from '../timeline';

/**
 * The formulas of the steps after the first layer's (the rest of the forward pass and everything after it), loaded
 * after the first frame (before it when the first frame shows such a step, see store/describe.ts): the first frame of
 * a fresh start shows the first layer's first step.
 */
export const backwardFormulas = lazyCode(() => import('./backward'));

/** True for a step of the first layer (Input 1D, the data), whose formulas are in the first chunk (see input.ts). */
export const firstLayerStep = (step: Step): step is ForwardStep => step.kind === 'forward' && step.k === 1;

/** True when the card, the caption and the narration of `step` can be made now (the first layer's always can). */
export const describable = (step: Step | undefined): boolean =>
  step === undefined || firstLayerStep(step) || backwardFormulas.current() !== undefined;
