import { describe, expect, it } from 'vitest';
import { parseModelText, parseModelValue } from '../../src/format';
import { expectProblem, fileWith, fromText, type Case } from './helpers';

const cases: readonly Case[] = [
  {
    name: 'broken JSON is reported with the JSON.parse message',
    parse: () => parseModelText('{"format": "neural-structure", '),
    path: '(file)',
    fragment: 'invalid JSON: ',
  },
  {
    name: 'an empty text is reported as empty',
    parse: () => parseModelText('  \n '),
    path: '(file)',
    message: 'the text is empty: expected a model file (JSON)',
  },
  {
    name: 'a text that is not a string is reported',
    parse: () => parseModelText(42),
    path: '(file)',
    message: 'expected the text of a model file, got 42',
  },
  {
    name: 'a JSON list instead of an object is reported',
    parse: () => parseModelText('[1, 2]'),
    path: '(file)',
    fragment: 'expected a model file: an object with "format", "layers", "dataset"…, got a list of 2 items',
  },
  {
    name: 'a JSON string instead of an object is reported',
    parse: () => parseModelText('"hello"'),
    path: '(file)',
    fragment: 'got "hello"',
  },
  {
    name: 'another format is reported',
    parse: fromText(fileWith((f) => (f.format = 'keras'))),
    path: 'format',
    message: 'expected "neural-structure" (this is not a model file of this app), got "keras"',
  },
  {
    name: 'a missing format is reported as missing',
    parse: fromText(fileWith((f) => delete f.format)),
    path: 'format',
    fragment: 'missing: expected "neural-structure"',
  },
  {
    name: 'version 2 is reported as made by a newer app',
    parse: fromText(fileWith((f) => (f.version = 2))),
    path: 'version',
    message: 'made by a newer version of the app (version 2); this app reads version 1',
  },
  {
    name: 'a version written as a string is reported',
    parse: fromText(fileWith((f) => (f.version = '1'))),
    path: 'version',
    message: 'expected version 1, got "1"',
  },
  {
    name: 'missing layers are reported',
    parse: fromText(fileWith((f) => Reflect.deleteProperty(f, 'layers'))),
    path: 'layers',
    message: 'missing: expected a list of layers',
  },
  {
    name: '13 layers are too many',
    parse: fromText(
      fileWith((f) => (f.layers = Array.from({ length: 13 }, () => ({ kind: 'input1d', size: 1 })))),
    ),
    path: 'layers',
    message: 'at most 12 layers are allowed, got 13',
  },
  {
    name: 'a single layer is too few',
    parse: fromText(fileWith((f) => (f.layers = f.layers.slice(0, 1)))),
    path: 'layers',
    fragment: 'a network needs at least 2 layers',
  },
  {
    name: '65 neurons in a layer are too many',
    parse: fromText(fileWith((f) => (f.layers[0] = { kind: 'input1d', size: 65 }))),
    path: 'layers[0].size',
    message: 'at most 64 neurons per layer are allowed, got 65',
  },
  {
    name: '1001 samples are too many',
    parse: fromText(
      fileWith((f) => (f.dataset = Array.from({ length: 1001 }, () => ({ x: [1, 2, 3], y: [0] })))),
    ),
    path: 'dataset',
    message: 'at most 1,000 samples are allowed, got 1,001',
  },
  {
    name: 'text past the limit is refused',
    parse: () => parseModelText(' '.repeat(4604 * 1024)),
    path: '(file)',
    message: 'the text is 4,604 KB; the limit is 4,603 KB',
  },
  {
    name: 'a negative learning rate is reported',
    parse: fromText(fileWith((f) => (f.learningRate = -0.1))),
    path: 'learningRate',
    message: 'expected a positive number such as 0.1 (the learning rate α), got -0.1',
  },
  {
    name: 'a learning rate of "abc" is reported',
    parse: fromText(fileWith((f) => (f.learningRate = 'abc'))),
    path: 'learningRate',
    message: 'expected a finite number, got "abc"',
  },
  {
    name: 'a batch size of 0 is reported',
    parse: fromText(fileWith((f) => (f.batchSize = 0))),
    path: 'batchSize',
    message: 'expected a whole number of samples, at least 1 (the batch size), got 0',
  },
  {
    name: 'a batch size of 1.5 is reported',
    parse: fromText(fileWith((f) => (f.batchSize = 1.5))),
    path: 'batchSize',
    message: 'expected a whole number of samples, at least 1 (the batch size), got 1.5',
  },
  {
    name: 'a title of 201 characters is too long',
    parse: fromText(fileWith((f) => (f.title = 'a'.repeat(201)))),
    path: 'title',
    message: 'the title has 201 characters; the limit is 200',
  },
  {
    name: 'a title that is not text is reported',
    parse: fromText(fileWith((f) => (f.title = 7))),
    path: 'title',
    message: 'expected a title: text of at most 200 characters, got 7',
  },
  {
    name: 'another loss is reported',
    parse: fromText(fileWith((f) => (f.loss = 'crossEntropy'))),
    path: 'loss',
    message: 'expected "halfSquaredError" (the only loss function so far), got "crossEntropy"',
  },
  {
    name: 'a missing dataset is reported',
    parse: fromText(fileWith((f) => Reflect.deleteProperty(f, 'dataset'))),
    path: 'dataset',
    fragment: 'missing: expected a list of samples',
  },
  {
    name: 'a sample that is not an object is reported',
    parse: fromText(fileWith((f) => (f.dataset[0] = [1, 2, 3] as unknown as Record<string, unknown>))),
    path: 'dataset[0]',
    fragment: 'got a list of 3 items',
  },
  {
    name: 'brackets nested 100,000 levels deep in the text are reported before parsing',
    parse: () => parseModelText('['.repeat(100_000)),
    path: '(file)',
    message: 'the JSON is nested more than 20 levels deep (a model file needs 5)',
  },
  {
    name: 'a title given as a list is described by its length',
    parse: fromText(fileWith((f) => (f.title = ['x'.repeat(100)]))),
    path: 'title',
    fragment: 'got a list of 1 item',
  },
  {
    name: 'a hole in a sparse dataset (a structured-cloned embed load) is a missing sample',
    // eslint-disable-next-line no-sparse-arrays -- the hole is the point
    parse: () => parseModelValue({ ...fileWith(() => undefined), dataset: [, { x: [1, 2, 3], y: [0] }] }),
    path: 'dataset[0]',
    message: 'missing: expected a sample such as {"x": [1, 2], "y": [0]}',
  },
  {
    name: 'long values are shown cut to 40 characters',
    parse: fromText(fileWith((f) => (f.learningRate = 'y'.repeat(100)))),
    path: 'learningRate',
    message: `expected a finite number, got "${'y'.repeat(40)}…"`,
  },
];

describe('a model file with a malformed envelope, limit or setting', () => {
  it.each(cases)('is rejected when $name', expectProblem);

  it('is tested with enough cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });
});
