import { activations } from '../activations';
import { impactTerm, type LocalDerivative } from '../impact';
import type { ActivationLayer } from '../model';
import type { LayerRule } from './rule';

/** Activation: o^k_i = f(o^{k-1}_i); X^k_i impacts only L^k_i, with ∂L^k_i/∂X^k_i = f'(X^k_i) (spec 2.3). */
export const activationRule: LayerRule<ActivationLayer> = {
  forward: (layer, input) => input.map(activations[layer.activation].forward),
  backward: (layer, state) => {
    const f = activations[layer.activation];
    return state.input.map(
      (x, i) => (state.futureDelta[i] ?? NaN) * f.derivative(x, state.output[i] ?? NaN) + 0,
    );
  },
  inputImpacts: (layer, state, i) => {
    const f = activations[layer.activation];
    const x = state.input[i] ?? NaN;
    const y = state.output[i] ?? NaN;
    const local: LocalDerivative = {
      kind: 'activation',
      activation: layer.activation,
      k: state.k,
      i,
      x,
      y,
      value: f.derivative(x, y),
    };
    return [impactTerm(i, state.futureDelta[i] ?? NaN, local)];
  },
};
