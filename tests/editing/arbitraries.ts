import fc from 'fast-check';
import type { Edit, ValueInput } from '../../src/editing';
import { activationNames } from '../../src/engine';

/** A value as a user might type it: numbers (odd ones too) and texts, valid or not. */
export const valueInput: fc.Arbitrary<ValueInput> = fc.oneof(
  fc.double(),
  fc.integer({ min: -5, max: 5 }),
  fc.integer({ min: -5, max: 5 }),
  fc.constantFrom('abc', '', '1/0', '-3000/11600000', '1e-7', '−2', ' 3 ', '1/2/3', 'Infinity', '1e400'),
);

/** A layer number, mostly in range. */
const k = fc.oneof(
  { arbitrary: fc.integer({ min: 2, max: 4 }), weight: 6 },
  { arbitrary: fc.integer({ min: -1, max: 8 }), weight: 1 },
);
/** A neuron or sample index, mostly in range. */
const index = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 1 }), weight: 6 },
  { arbitrary: fc.integer({ min: -1, max: 5 }), weight: 1 },
);
/** A size as typed, sometimes invalid. */
const size = fc.oneof(fc.integer({ min: -1, max: 5 }), fc.constantFrom<ValueInput>('2', 'abc', 2.5, 65));

/** Any edit, valid or not. */
export const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('addLayer' as const),
    k,
    layer: fc.oneof(
      fc.record({
        kind: fc.constant('linear' as const),
        size: fc.integer({ min: 0, max: 4 }),
        biases: fc.boolean(),
      }),
      fc.record({
        kind: fc.constant('activation' as const),
        activation: fc.constantFrom(...activationNames),
      }),
      fc.record({ kind: fc.constant('input1d' as const), size: fc.integer({ min: 1, max: 3 }) }),
    ),
  }),
  fc.record({ kind: fc.constant('removeLayer' as const), k }),
  fc.record({ kind: fc.constant('moveLayer' as const), k, to: k }),
  fc.record({ kind: fc.constant('resizeLayer' as const), k, size }),
  fc.record({
    kind: fc.constant('setActivation' as const),
    k,
    activation: fc.constantFrom('relu', 'tanh', 'softmax'),
  }),
  fc.record({ kind: fc.constant('setBiases' as const), k, biases: fc.boolean() }),
  fc.record({ kind: fc.constant('setWeight' as const), k, j: index, i: index, value: valueInput }),
  fc.record({ kind: fc.constant('setBias' as const), k, j: index, value: valueInput }),
  fc.constant({ kind: 'reinitialize' as const }),
  fc.record({ kind: fc.constant('addSample' as const) }),
  fc.record({ kind: fc.constant('removeSample' as const), index }),
  fc.record({
    kind: fc.constant('setSampleValue' as const),
    index,
    part: fc.constantFrom('x' as const, 'y' as const),
    component: index,
    value: valueInput,
  }),
  fc.record({ kind: fc.constant('setLearningRate' as const), value: valueInput }),
  fc.record({ kind: fc.constant('setBatchSize' as const), value: fc.oneof(valueInput, size) }),
  fc.record({ kind: fc.constant('setTitle' as const), title: fc.string({ maxLength: 210 }) }),
);
