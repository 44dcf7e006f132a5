/** Seeded networks "a-b-c…" for the engine benchmark. */
import type { Layer, Model, Sample } from '../../src/engine';
import { mulberry32 } from '../../src/editing';

/** A benchmark network: its layer sizes, its model and the one sample it is run on. */
export interface Network {
  readonly name: string;
  readonly sizes: readonly number[];
  readonly model: Model;
  readonly sample: Sample;
}

/**
 * "a-b-c": Input1D(a) → Linear a→b (biases) → ReLU → Linear b→c (biases) → Logistic: a ReLU after every
 * Linear but the last, which gets a Logistic. Weights are uniform in ±√(3/fan-in), biases in ±0.1.
 */
export function network(name: string, seed = 1): Network {
  const sizes = name.split('-').map(Number);
  const random = mulberry32(seed);
  const uniform = (scale: number) => (2 * random() - 1) * scale;
  const vector = (n: number, scale: number) => Array.from({ length: n }, () => uniform(scale));
  const layers: Layer[] = [{ kind: 'input1d', size: sizes[0] ?? 0 }];
  for (let n = 1; n < sizes.length; n++) {
    const fanIn = sizes[n - 1] ?? 0;
    const size = sizes[n] ?? 0;
    const weights = Array.from({ length: size }, () => vector(fanIn, Math.sqrt(3 / fanIn)));
    layers.push({ kind: 'linear', size, weights, biases: vector(size, 0.1) });
    layers.push({ kind: 'activation', size, activation: n === sizes.length - 1 ? 'logistic' : 'relu' });
  }
  const sample = { x: vector(sizes[0] ?? 0, 1), y: vector(sizes[sizes.length - 1] ?? 0, 1).map(Math.abs) };
  const model: Model = {
    title: name,
    layers,
    loss: 'halfSquaredError',
    dataset: [sample],
    learningRate: 0.1,
    batchSize: 1,
  };
  return { name, sizes, model, sample };
}
