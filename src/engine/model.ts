/** The activation functions an Activation layer may apply (spec 2.3). */
export const activationNames = ['relu', 'leakyRelu', 'logistic', 'heaviside', 'tanh', 'identity'] as const;

/** One activation function, by its name in the model file. */
export type ActivationName = (typeof activationNames)[number];

/** Input 1D: o^1_i = data_i, one neuron per data component (spec 2.1). */
export interface Input1DLayer {
  readonly kind: 'input1d';
  /** Number of neurons, equal to the number of data components. */
  readonly size: number;
}

/** Linear: o^k_j = Σ_i w^{k,j}_i . o^{k-1}_i + b^k_j (spec 2.2). */
export interface LinearLayer {
  readonly kind: 'linear';
  /** Number of output neurons. */
  readonly size: number;
  /** weights[j][i] = w^{k,j}_i, joining input i to output j (0-based here, 1-based on screen). */
  readonly weights: readonly (readonly number[])[];
  /** biases[j] = b^k_j, or absent when the layer has no bias (as in the Example). */
  readonly biases?: readonly number[];
}

/** Activation: o^k_i = f(o^{k-1}_i), one-to-one, no weights (spec 2.3). */
export interface ActivationLayer {
  readonly kind: 'activation';
  /** Number of neurons, equal to the previous layer's. */
  readonly size: number;
  readonly activation: ActivationName;
}

/** One layer L^k of the network. */
export type Layer = Input1DLayer | LinearLayer | ActivationLayer;

/** The only loss of the series: ½ Σ_j (X^{n+1}_j − Y^{truth}_j)² (spec 2.4). */
export type LossName = 'halfSquaredError';

/** One dataset pair: the data input x and the expected output y^truth. */
export interface Sample {
  readonly x: readonly number[];
  readonly y: readonly number[];
}

/** A whole network with its data and training settings, as stored in a model file. */
export interface Model {
  readonly title: string;
  readonly layers: readonly Layer[];
  readonly loss: LossName;
  readonly dataset: readonly Sample[];
  /** α, the learning rate of gradient descent. */
  readonly learningRate: number;
  /** Number of samples per update in batch learning. */
  readonly batchSize: number;
}

/** The layer kinds that have weights (learning layers). */
export function isLearningLayer(layer: Layer): layer is LinearLayer {
  return layer.kind === 'linear';
}
