import { backwardFormulas } from '../formulas/backwardCode';
import { neuronExists } from '../share/neuron';
import type { Describe } from './describe';
import type { SliceCreator } from './store';

/** What the user points at: a neuron, and a chain-rule term linked to its impact path. */
export interface ViewSlice {
  /** Id of the selected neuron ("N:k:j", see layout), or null. */
  readonly selected: string | null;
  /** Index of the chain-rule term (impact path) under the pointer or focus, or null. */
  readonly focusedTerm: number | null;
  readonly selectNeuron: (id: string | null) => void;
  readonly focusTerm: (term: number | null) => void;
}

/** The view slice; a neuron's card derives its δ, so selecting one goes through `describe` (see describe.ts). */
export const createViewSlice =
  (describe: Describe): SliceCreator<ViewSlice> =>
  (set, get) => ({
    selected: null,
    focusedTerm: null,
    // An id the model's diagram does not draw (from a link or an embedding page) is ignored.
    selectNeuron: (id) =>
      describe(
        () => {
          if (id === null || neuronExists(get().model, id)) set({ selected: id });
        },
        () => id !== null && backwardFormulas.current() === undefined,
      ),
    focusTerm: (term) => set({ focusedTerm: term }),
  });
