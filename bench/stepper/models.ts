/** The networks of the stepper benchmark, as the saved work the app restores at start-up. */
import type { Layer, Model } from '../../src/engine';
import { initialWeights, mulberry32 } from '../../src/editing';
import { encodeSavedState, savedStateKey } from '../../src/persistence';

/**
 * "8 × 16": eight layers of 16 neurons, Input 16 → (Linear 16 → ReLU) × 3 → Linear 16, with the app's own
 * seeded initial weights (as a person who builds it in the editor gets them) and one seeded sample.
 */
export function deepModel(seed = 1): Model {
  const width = 16;
  const layers: Layer[] = [{ kind: 'input1d', size: width }];
  while (layers.length < 8) {
    const k = layers.length + 1;
    layers.push(
      k % 2 === 0
        ? { kind: 'linear', size: width, weights: initialWeights(seed, k, width, width) }
        : { kind: 'activation', size: width, activation: 'relu' },
    );
  }
  const random = mulberry32(seed);
  const vector = () => Array.from({ length: width }, () => Math.round(random() * 100) / 100);
  return {
    title: '8 × 16 benchmark network',
    layers,
    loss: 'halfSquaredError',
    dataset: [{ x: vector(), y: vector() }],
    learningRate: 0.01,
    batchSize: 1,
  };
}

/** The text of the saved work that opens `model` at step 0 on its first sample (its localStorage key and text). */
export function savedWork(model: Model): { key: string; text: string } {
  const view = { selection: 0, detail: 'detailed', stepIndex: 0, seed: 1, trainingMode: 'sample' } as const;
  return { key: savedStateKey, text: encodeSavedState(model, view) };
}
