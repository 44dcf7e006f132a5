import type { Model } from '../engine';

/** The number of weights and biases of a model. */
export function weightCount(model: Model): number {
  return model.layers.reduce(
    (sum, layer) =>
      sum +
      (layer.kind === 'linear'
        ? layer.size * (layer.weights[0]?.length ?? 0) + (layer.biases?.length ?? 0)
        : 0),
    0,
  );
}
