import fc from 'fast-check';
import { activationNames, type Layer, type Model, type Sample } from '../../src/engine';

/** A weight, bias or data value of moderate size, so finite differences stay meaningful. */
const value = fc.double({ min: -1.5, max: 1.5, noNaN: true, noDefaultInfinity: true });

/** A random network: Input 1D, then 1 to 4 Linear (with or without biases) or Activation layers, and one sample. */
export const networkWithSample: fc.Arbitrary<{ model: Model; sample: Sample }> = fc
  .record({
    inputSize: fc.integer({ min: 1, max: 4 }),
    steps: fc.array(
      fc.oneof(
        fc.record({
          kind: fc.constant('linear' as const),
          size: fc.integer({ min: 1, max: 4 }),
          bias: fc.boolean(),
        }),
        fc.record({
          kind: fc.constant('activation' as const),
          activation: fc.constantFrom(...activationNames),
        }),
      ),
      { minLength: 1, maxLength: 4 },
    ),
    seed: fc.array(value, { minLength: 200, maxLength: 200 }),
  })
  .map(({ inputSize, steps, seed }) => {
    let cursor = 0;
    const next = () => seed[cursor++ % seed.length] ?? 0;
    const layers: Layer[] = [{ kind: 'input1d', size: inputSize }];
    let size = inputSize;
    for (const step of steps) {
      if (step.kind === 'activation') {
        layers.push({ kind: 'activation', size, activation: step.activation });
        continue;
      }
      const weights = Array.from({ length: step.size }, () => Array.from({ length: size }, next));
      const biases = Array.from({ length: step.size }, next);
      layers.push({ kind: 'linear', size: step.size, weights, ...(step.bias ? { biases } : {}) });
      size = step.size;
    }
    const sample = { x: Array.from({ length: inputSize }, next), y: Array.from({ length: size }, next) };
    const model: Model = {
      title: 'random',
      layers,
      loss: 'halfSquaredError',
      dataset: [sample],
      learningRate: 0.1,
      batchSize: 1,
    };
    return { model, sample };
  });
