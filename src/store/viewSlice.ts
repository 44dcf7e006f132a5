import type { SliceCreator } from './store';

/** What the user points at: a neuron, and a chain-rule term linked to its impact path. */
export interface ViewSlice {
  /** Id of the selected neuron ("L2:1" style, see layout), or null. */
  readonly selected: string | null;
  /** Index of the chain-rule term (impact path) under the pointer or focus, or null. */
  readonly focusedTerm: number | null;
  readonly selectNeuron: (id: string | null) => void;
  readonly focusTerm: (term: number | null) => void;
}

/** The view slice. */
export const createViewSlice: SliceCreator<ViewSlice> = (set) => ({
  selected: null,
  focusedTerm: null,
  selectNeuron: (id) => set({ selected: id }),
  focusTerm: (term) => set({ focusedTerm: term }),
});
