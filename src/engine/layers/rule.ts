import type { ImpactTerm } from '../impact';
import type { Layer } from '../model';

/** The stored values of L^k that its backward step reads. */
export interface LayerState {
  /** k, the 1-based number of the layer L^k. */
  readonly k: number;
  /** o^{k-1}, the values of X^k (the data for k = 1). */
  readonly input: readonly number[];
  /** o^k, the values of X^{k+1}. */
  readonly output: readonly number[];
  /** δ^{k+1}, the "future" learning flow already computed. */
  readonly futureDelta: readonly number[];
}

/**
 * One layer kind: its forward formula, its backward values, and for each input neuron its impact paths with their
 * local derivatives. `backward` is the sum of `inputImpacts`' products computed in a plain loop (tests check both agree).
 */
export interface LayerRule<L extends Layer> {
  /** o^k = L^k(o^{k-1}). */
  readonly forward: (layer: L, input: readonly number[]) => number[];
  /** δ^k_i for every input neuron i. */
  readonly backward: (layer: L, state: LayerState) => number[];
  /** The impact terms of δ^k_i: one per output of L^k that uses X^k_i. */
  readonly inputImpacts: (layer: L, state: LayerState, i: number) => ImpactTerm[];
}
