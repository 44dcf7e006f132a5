import { exactSum } from '../exactSum';
import { impactTerm, type ImpactTerm } from '../impact';
import type { LinearLayer } from '../model';
import type { LayerRule, LayerState } from './rule';

/** w^{k,j}_i, the weight joining input i to output j. */
const weightOf = (layer: LinearLayer, j: number, i: number): number => layer.weights[j]?.[i] ?? NaN;

/** Linear: o^k_j = Σ_i w^{k,j}_i . o^{k-1}_i + b^k_j; X^k_i impacts every output L^k_j, with ∂L^k_j/∂X^k_i = W^{k,j}_i. */
export const linearRule: LayerRule<LinearLayer> = {
  forward: (layer, input) =>
    layer.weights.map((row, j) => {
      const products = row.map((w, i) => w * (input[i] ?? NaN));
      const bias = layer.biases?.[j];
      return exactSum(bias === undefined ? products : [...products, bias]);
    }),
  inputImpacts: (layer, state, i) =>
    layer.weights.map((_row, j) =>
      impactTerm(j, state.futureDelta[j] ?? NaN, {
        kind: 'weight',
        k: state.k,
        j,
        i,
        value: weightOf(layer, j, i),
      }),
    ),
};

/** δw^{k,j}_i: W^{k,j}_i is used by the one output L^k_j, with ∂L^k_j/∂W^{k,j}_i = X^k_i (a single path). */
export function weightImpacts(state: LayerState, j: number, i: number): ImpactTerm[] {
  return [
    impactTerm(j, state.futureDelta[j] ?? NaN, {
      kind: 'input',
      k: state.k,
      i,
      value: state.input[i] ?? NaN,
    }),
  ];
}

/** δb^k_j: B^k_j is used by the one output L^k_j, with ∂L^k_j/∂B^k_j = 1 (a single path). */
export function biasImpacts(state: LayerState, j: number): ImpactTerm[] {
  return [impactTerm(j, state.futureDelta[j] ?? NaN, { kind: 'one', value: 1 })];
}
