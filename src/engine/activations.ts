import type { ActivationName } from './model';

/** An activation function f with its derivative f', following the series' "≥ 0" rule at the kink. */
export interface ActivationFunction {
  readonly name: ActivationName;
  /** The name printed in figures and formulas (ReLU, Logistic...). */
  readonly label: string;
  /** f(x). */
  readonly forward: (x: number) => number;
  /** f'(x), given x and the already computed y = f(x). */
  readonly derivative: (x: number, y: number) => number;
  /** True when the series derives f' itself; false when f' is the app's own (standard) choice (spec 8). */
  readonly derivativeFromSeries: boolean;
}

/** Adding 0 turns −0 into +0, so a neuron never shows "−0". */
const positiveZero = (x: number): number => x + 0;

/** Logistic(x) = 1 / (1 + e^{−x}), computed without overflow for large |x|. */
function logistic(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** Every activation the engine knows, by name. */
export const activations: Readonly<Record<ActivationName, ActivationFunction>> = {
  relu: {
    name: 'relu',
    label: 'ReLU',
    forward: (x) => (x >= 0 ? positiveZero(x) : 0),
    derivative: (x) => (x >= 0 ? 1 : 0),
    derivativeFromSeries: true,
  },
  leakyRelu: {
    name: 'leakyRelu',
    label: 'leaky ReLU',
    forward: (x) => (x >= 0 ? positiveZero(x) : 0.01 * x),
    derivative: (x) => (x >= 0 ? 1 : 0.01),
    derivativeFromSeries: true,
  },
  logistic: {
    name: 'logistic',
    label: 'Logistic',
    forward: logistic,
    derivative: (_x, y) => y * (1 - y),
    derivativeFromSeries: false,
  },
  heaviside: {
    name: 'heaviside',
    label: 'Heaviside',
    forward: (x) => (x >= 0 ? 1 : 0),
    derivative: () => 0,
    derivativeFromSeries: false,
  },
  tanh: {
    name: 'tanh',
    label: 'tanh',
    forward: (x) => positiveZero(Math.tanh(x)),
    derivative: (_x, y) => 1 - y * y,
    derivativeFromSeries: false,
  },
  identity: {
    name: 'identity',
    label: 'identity',
    forward: positiveZero,
    derivative: () => 1,
    derivativeFromSeries: false,
  },
};
