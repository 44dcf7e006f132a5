import { impactTerm } from '../impact';
import type { Input1DLayer } from '../model';
import type { LayerRule } from './rule';

/** Input 1D: L^1(X^1) = X^1, so o^1_i = data_i; X^1_i impacts only L^1_i, with ∂L^1_i/∂X^1_i = 1 (spec 2.1). */
export const input1dRule: LayerRule<Input1DLayer> = {
  forward: (_layer, data) => data.map((value) => value + 0),
  backward: (_layer, state) => state.input.map((_o, i) => (state.futureDelta[i] ?? NaN) + 0),
  inputImpacts: (_layer, state, i) => [impactTerm(i, state.futureDelta[i] ?? NaN, { kind: 'one', value: 1 })],
};
