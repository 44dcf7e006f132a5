import fc from 'fast-check';
import { activationNames, type Layer, type Model, type Sample } from '../../src/engine/model';

/** Any finite number, -0 and extreme magnitudes included. */
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

/** A list of `length` finite numbers. */
const numbers = (length: number) => fc.array(finite, { minLength: length, maxLength: length });

/** What a layer after the first will be, before its weights are drawn. */
const layerPlan = fc.oneof(
  fc.record({
    kind: fc.constant('linear' as const),
    size: fc.integer({ min: 1, max: 4 }),
    withBiases: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('activation' as const), activation: fc.constantFrom(...activationNames) }),
);

/** A Linear layer of `size` neurons after a layer of `previous` neurons, with or without biases. */
function linear(size: number, previous: number, withBiases: boolean): fc.Arbitrary<Layer> {
  const weights = fc.array(numbers(previous), { minLength: size, maxLength: size });
  if (!withBiases) return weights.map((w): Layer => ({ kind: 'linear', size, weights: w }));
  return fc
    .tuple(weights, numbers(size))
    .map(([w, b]): Layer => ({ kind: 'linear', size, weights: w, biases: b }));
}

/** A valid model of 2 to 7 small layers, with 0 to 5 samples. */
export const modelArbitrary: fc.Arbitrary<Model> = fc
  .record({
    inputSize: fc.integer({ min: 1, max: 4 }),
    plans: fc.array(layerPlan, { minLength: 1, maxLength: 6 }),
  })
  .chain(({ inputSize, plans }) => {
    const layers: fc.Arbitrary<Layer>[] = [fc.constant<Layer>({ kind: 'input1d', size: inputSize })];
    let previous = inputSize;
    for (const plan of plans) {
      if (plan.kind === 'linear') {
        layers.push(linear(plan.size, previous, plan.withBiases));
        previous = plan.size;
      } else {
        layers.push(fc.constant<Layer>({ kind: 'activation', size: previous, activation: plan.activation }));
      }
    }
    const sample = fc.record({ x: numbers(inputSize), y: numbers(previous) }).map((s): Sample => s);
    return fc.record({
      // Any text without a control character (C0 or bidi, see titleSchema), which no title holds.
      title: fc
        .string({ maxLength: 100, unit: 'binary' })
        // eslint-disable-next-line no-control-regex -- excluding them is the point
        .filter((title) => !/[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/u.test(title)),
      layers: fc.tuple(...layers),
      loss: fc.constant('halfSquaredError' as const),
      dataset: fc.array(sample, { maxLength: 5 }),
      learningRate: fc.double({ min: Number.MIN_VALUE, noNaN: true, noDefaultInfinity: true }),
      batchSize: fc.integer({ min: 1, max: 5000 }),
    });
  });
