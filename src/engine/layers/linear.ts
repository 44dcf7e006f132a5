import { snapToZero } from '../exactSum';
import { impactTerm, type ImpactTerm } from '../impact';
import type { LinearLayer } from '../model';
import type { LayerRule, LayerState } from './rule';

/** w^{k,j}_i, the weight joining input i to output j. */
const weightOf = (layer: LinearLayer, j: number, i: number): number => layer.weights[j]?.[i] ?? NaN;

/** Linear: o^k_j = Σ_i w^{k,j}_i . o^{k-1}_i + b^k_j; X^k_i impacts every output L^k_j, with ∂L^k_j/∂X^k_i = W^{k,j}_i. */
export const linearRule: LayerRule<LinearLayer> = {
  forward: (layer, input) =>
    layer.weights.map((row, j) => {
      const bias = layer.biases?.[j] ?? 0;
      let sum = bias;
      let magnitude = Math.abs(bias);
      for (let i = 0; i < row.length; i++) {
        const product = (row[i] ?? NaN) * (input[i] ?? NaN);
        sum += product;
        magnitude += Math.abs(product);
      }
      return snapToZero(sum, magnitude, row.length + 1);
    }),
  backward: (layer, state) => {
    // Row by row (output j), accumulating Σ_j δ^{k+1}_j . w^{k,j}_i and its magnitude for every input i.
    const sum = new Float64Array(state.input.length);
    const magnitude = new Float64Array(state.input.length);
    layer.weights.forEach((row, j) => {
      const future = state.futureDelta[j] ?? NaN;
      for (let i = 0; i < sum.length; i++) {
        const product = future * (row[i] ?? NaN);
        sum[i] = (sum[i] ?? 0) + product;
        magnitude[i] = (magnitude[i] ?? 0) + Math.abs(product);
      }
    });
    return Array.from(sum, (value, i) => snapToZero(value, magnitude[i] ?? 0, layer.weights.length));
  },
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

/** δw^{k,j}_i = δ^{k+1}_j . o^{k-1}_i for every weight, as dw[j][i]. */
export function weightGradients(layer: LinearLayer, state: LayerState): number[][] {
  return layer.weights.map((row, j) => {
    const future = state.futureDelta[j] ?? NaN;
    const dw = new Array<number>(row.length);
    for (let i = 0; i < row.length; i++) dw[i] = future * (state.input[i] ?? NaN) + 0;
    return dw;
  });
}

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
