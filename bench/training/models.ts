/** The models of the training benchmark: the series' Example, and a seeded 64-64-64-10 network on 1,000 samples. */
import type { Layer, Model } from '../../src/engine';
import { examplePreset } from '../../src/presets';
import { mulberry32 } from '../../src/editing';

/** The Example of the series (3 samples, α = 10⁻⁷). */
export const example: Model = examplePreset.model;

/**
 * "a-b-c…" on `samples` seeded samples: ReLU after every Linear but the last, which gets a Logistic; weights
 * uniform in ±√(3/fan-in), biases in ±0.1, x in [−1, 1], y^truth one-hot; α = 0.05, batches of 32.
 */
export function denseModel(name: string, samples: number, seed = 7): Model {
  const sizes = name.split('-').map(Number);
  const random = mulberry32(seed);
  const uniform = (scale: number) => (2 * random() - 1) * scale;
  const vector = (n: number, scale: number) => Array.from({ length: n }, () => uniform(scale));
  const layers: Layer[] = [{ kind: 'input1d', size: sizes[0] ?? 0 }];
  for (let n = 1; n < sizes.length; n++) {
    const fanIn = sizes[n - 1] ?? 0;
    const size = sizes[n] ?? 0;
    layers.push({
      kind: 'linear',
      size,
      weights: Array.from({ length: size }, () => vector(fanIn, Math.sqrt(3 / fanIn))),
      biases: vector(size, 0.1),
    });
    layers.push({ kind: 'activation', size, activation: n === sizes.length - 1 ? 'logistic' : 'relu' });
  }
  const outputs = sizes.at(-1) ?? 1;
  const dataset = Array.from({ length: samples }, () => {
    const label = Math.floor(random() * outputs);
    return {
      x: vector(sizes[0] ?? 0, 1),
      y: Array.from({ length: outputs }, (_v, j) => (j === label ? 1 : 0)),
    };
  });
  return { title: name, layers, loss: 'halfSquaredError', dataset, learningRate: 0.05, batchSize: 32 };
}
