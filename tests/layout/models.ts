import type { Layer, Model } from '../../src/engine';

/** A deterministic generator in [−1, 1) (the tests never use Math.random). */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 16807) % 2147483647;
    return (state / 2147483647) * 2 - 1;
  };
}

/** The largest network the diagram must keep readable: Input 16, then Linear 16 and ReLU alternately (8 layers). */
export function bigModel(width = 16, linears = 4): Model {
  const random = generator(7);
  const row = () => Array.from({ length: width }, () => Math.round(random() * 100) / 100);
  const layers: Layer[] = [{ kind: 'input1d', size: width }];
  for (let n = 0; n < linears; n++) {
    layers.push({ kind: 'linear', size: width, weights: Array.from({ length: width }, row), biases: row() });
    if (n < linears - 1) layers.push({ kind: 'activation', size: width, activation: 'relu' });
  }
  return {
    title: `${layers.length} layers of ${width} neurons`,
    layers,
    loss: 'halfSquaredError',
    dataset: [{ x: row(), y: row() }],
    learningRate: 0.01,
    batchSize: 1,
  };
}
