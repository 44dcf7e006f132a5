import { describe, expect, it } from 'vitest';
import { parseModelValue } from '../../src/format';
import { expectProblem, fileWith, fromText, type Case } from './helpers';

const cases: readonly Case[] = [
  {
    name: 'a weight "abc" is not a number',
    parse: fromText(fileWith((f) => (f.layers[1] = { kind: 'linear', size: 1, weights: [[1, 2, 'abc']] }))),
    path: 'layers[1].weights[0][2]',
    message: 'expected a finite number, got "abc"',
  },
  {
    name: 'a weight "1/0" divides by zero',
    parse: fromText(fileWith((f) => (f.layers[1] = { kind: 'linear', size: 1, weights: [['1/0', 2, 3]] }))),
    path: 'layers[1].weights[0][0]',
    message: 'expected a finite number, got "1/0" (dividing by 0)',
  },
  {
    name: 'a weight "1e999" is infinite',
    parse: fromText(fileWith((f) => (f.layers[1] = { kind: 'linear', size: 1, weights: [[1, '1e999', 3]] }))),
    path: 'layers[1].weights[0][1]',
    message: 'expected a finite number, got "1e999" (too large)',
  },
  {
    name: 'NaN in a value is not a finite number',
    parse: () => parseModelValue(fileWith((f) => (f.dataset[0] = { x: [Number.NaN, 1, 2], y: [0] }))),
    path: 'dataset[0].x[0]',
    message: 'expected a finite number, got NaN',
  },
  {
    name: 'Infinity in a value is not a finite number',
    parse: () => parseModelValue(fileWith((f) => (f.dataset[0] = { x: [1, 2, 3], y: [Infinity] }))),
    path: 'dataset[0].y[0]',
    message: 'expected a finite number, got Infinity',
  },
  {
    name: 'two rows of weights for one neuron are the wrong shape',
    parse: fromText(
      fileWith(
        (f) =>
          (f.layers[1] = {
            kind: 'linear',
            size: 1,
            weights: [
              [1, 2, 3],
              [4, 5, 6],
            ],
          }),
      ),
    ),
    path: 'layers[1].weights',
    message: 'expected 1 row of weights (one per neuron of layer 2), got 2',
  },
  {
    name: 'a row of 2 weights after 3 input neurons is the wrong shape',
    parse: fromText(fileWith((f) => (f.layers[1] = { kind: 'linear', size: 1, weights: [[1, 2]] }))),
    path: 'layers[1].weights[0]',
    message: 'expected 3 weights (one per input neuron of layer 1), got 2',
  },
  {
    name: 'two biases for one neuron are too many',
    parse: fromText(
      fileWith((f) => (f.layers[1] = { kind: 'linear', size: 1, weights: [[1, 2, 3]], biases: [0, 1] })),
    ),
    path: 'layers[1].biases',
    message: 'expected 1 bias (one per neuron of layer 2), got 2',
  },
  {
    name: 'missing weights are reported',
    parse: fromText(fileWith((f) => (f.layers[1] = { kind: 'linear', size: 1 }))),
    path: 'layers[1].weights',
    fragment: 'missing: expected a list of rows of weights',
  },
  {
    name: 'an x of the wrong length is reported',
    parse: fromText(fileWith((f) => (f.dataset[1] = { x: [1, 2], y: [0] }))),
    path: 'dataset[1].x',
    message: 'expected 3 numbers (one per neuron of the input layer, layer 1), got 2',
  },
  {
    name: 'a y of the wrong length is reported',
    parse: fromText(fileWith((f) => (f.dataset[2] = { x: [1, 2, 3], y: [0, 1] }))),
    path: 'dataset[2].y',
    message: 'expected 1 number (one per neuron of the last layer, layer 3), got 2',
  },
  {
    name: 'a first layer that is not an input layer is reported',
    parse: fromText(fileWith((f) => (f.layers[0] = { kind: 'linear', size: 3, weights: [[1], [2], [3]] }))),
    path: 'layers[0].kind',
    message: 'the first layer must be an Input 1D layer ("input1d"), got a Linear layer',
  },
  {
    name: 'an input layer in the middle is reported',
    parse: fromText(fileWith((f) => f.layers.splice(2, 0, { kind: 'input1d', size: 1 }))),
    path: 'layers[2].kind',
    message: 'layer 3 must not be an Input 1D layer: only the first layer is',
  },
  {
    name: 'an unknown activation is reported',
    parse: fromText(fileWith((f) => (f.layers[2] = { kind: 'activation', activation: 'sigmoid' }))),
    path: 'layers[2].activation',
    fragment:
      'expected an activation function: "relu", "leakyRelu", "logistic", "heaviside", "tanh", "identity", got "sigmoid"',
  },
  {
    name: 'an unknown layer kind is reported',
    parse: fromText(fileWith((f) => (f.layers[2] = { kind: 'conv2d' }))),
    path: 'layers[2].kind',
    message: 'expected a layer kind: "input1d", "linear" or "activation", got "conv2d"',
  },
  {
    name: 'a layer that is not an object is reported',
    parse: fromText(fileWith((f) => (f.layers[2] = null as unknown as Record<string, unknown>))),
    path: 'layers[2]',
    message: 'expected a layer (an object with a "kind"), got null',
  },
  {
    name: 'a size of 0 is reported',
    parse: fromText(fileWith((f) => (f.layers[0] = { kind: 'input1d', size: 0 }))),
    path: 'layers[0].size',
    message: 'expected a whole number of neurons from 1 to 64, got 0',
  },
  {
    name: 'a size of 2.5 is reported',
    parse: fromText(fileWith((f) => (f.layers[0] = { kind: 'input1d', size: 2.5 }))),
    path: 'layers[0].size',
    message: 'expected a whole number of neurons from 1 to 64, got 2.5',
  },
  {
    name: 'an activation size that differs from the previous layer is reported',
    parse: fromText(fileWith((f) => (f.layers[2] = { kind: 'activation', activation: 'relu', size: 2 }))),
    path: 'layers[2].size',
    fragment:
      'expected 1 (the size of layer 2: an Activation layer keeps the size of the layer before it), got 2',
  },
  {
    name: 'an unknown field such as "bias" is reported',
    parse: fromText(
      fileWith((f) => (f.layers[1] = { kind: 'linear', size: 1, weights: [[1, 2, 3]], bias: [0] })),
    ),
    path: 'layers[1].bias',
    message: 'unknown field "bias": a Linear layer has only "kind", "size", "weights", "biases"',
  },
];

describe('a model file with malformed layers or samples', () => {
  it.each(cases)('is rejected when $name', expectProblem);

  it('is tested with enough cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });
});
