import { useSyncExternalStore } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Iteration, Model } from '../../engine';
import { backwardFormulas } from '../../formulas';
import { selectStep, useApp } from '../../store';
import type { Step } from '../../timeline';

/** What the card and the caption draw from: the model, its training iteration and the current step. */
export interface StepFrame {
  readonly model: Model;
  readonly iteration: Iteration;
  /** The current step, or undefined when the timeline is empty (no sample to walk). */
  readonly step: Step | undefined;
}

/** The current frame, read with a shallow-compared selector (each field is a stable reference of the store). */
export function useStepFrame(): StepFrame {
  return useApp(
    useShallow((state) => ({ model: state.model, iteration: state.iteration, step: selectStep(state) })),
  );
}

/**
 * True once the formulas that come after the first frame have come (see backwardFormulas): the card and the caption
 * are made again then, should they show a step those formulas describe.
 */
export const useLaterFormulas = (): boolean =>
  useSyncExternalStore(backwardFormulas.subscribe, () => backwardFormulas.current() !== undefined);
