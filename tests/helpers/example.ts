import type { Model } from '../../src/engine';

/** The series' Example (spec 3.3 and 3.6), written here from the spec, independently of the presets. */
export const example: Model = {
  title: 'The Example',
  layers: [
    { kind: 'input1d', size: 3 },
    { kind: 'linear', size: 1, weights: [[1 / 200, -3000 / 11600000, 1 / 5800]] },
    { kind: 'activation', size: 1, activation: 'relu' },
  ],
  loss: 'halfSquaredError',
  dataset: [
    { x: [100, 2000, 100], y: [0] },
    { x: [200, 0, 0], y: [1] },
    { x: [0, 2000, 3000], y: [1] },
  ],
  learningRate: 1e-7,
  batchSize: 3,
};
