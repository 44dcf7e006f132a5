import { describe, expect, it } from 'vitest';
import { parseModelText, parseModelValue, problemTotal } from '../../src/format';
import { fileWith, nested, problemsOf } from './helpers';

describe('huge or deep values', () => {
  it('rejects a row of 10 million weights by its length', () => {
    const file = fileWith(
      (f) => (f.layers[1] = { kind: 'linear', size: 1, weights: [new Array(1e7).fill(0)] }),
    );
    const problems = problemsOf(parseModelValue(file));
    expect(problems).toContainEqual({
      path: 'layers[1].weights[0]',
      message: 'expected 3 weights (one per input neuron of layer 1), got 10,000,000',
    });
  });

  it('rejects 10 million rows of weights and 10 million samples by their lengths', () => {
    const big = new Array(1e7).fill(0);
    const file = fileWith((f) => {
      f.layers[1] = { kind: 'linear', size: 1, weights: big };
      f.dataset = big;
    });
    const problems = problemsOf(parseModelValue(file));
    expect(problems).toContainEqual({
      path: 'layers[1].weights',
      message: 'expected 1 row of weights (one per neuron of layer 2), got 10,000,000',
    });
    expect(problems).toContainEqual({
      path: 'dataset',
      message: 'at most 1,000 samples are allowed, got 10,000,000',
    });
  });

  it('does not throw on a value nested 100,000 levels deep', () => {
    expect(problemsOf(parseModelValue(nested(100_000)))).toEqual([
      {
        path: '(file)',
        message: 'expected a model file: an object with "format", "layers", "dataset"…, got a list of 1 item',
      },
    ]);
  });

  it('does not throw on a weight nested 100,000 levels deep', () => {
    const file = fileWith(
      (f) => (f.layers[1] = { kind: 'linear', size: 1, weights: [[1, 2, nested(100_000)]] }),
    );
    expect(problemsOf(parseModelValue(file))).toContainEqual({
      path: 'layers[1].weights[0][2]',
      message: 'expected a finite number, got a list of 1 item',
    });
  });

  it('rejects 200 KB of digits followed by a letter without hanging', () => {
    expect(problemsOf(parseModelText(`{"learningRate": "${'1'.repeat(150_000)}x"}`))).not.toHaveLength(0);
  });
});

describe('several problems', () => {
  it('are all reported in one result', () => {
    const file = fileWith((f) => {
      f.title = 3;
      f.layers[1] = { kind: 'linear', size: 1, weights: [['abc', 2]] };
      f.dataset[1] = { x: [1, 2, 3], y: [] };
      f.learningRate = 0;
      f.batchSize = -1;
    });
    const paths = problemsOf(parseModelValue(file)).map((problem) => problem.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'title',
        'layers[1].weights[0]',
        'layers[1].weights[0][0]',
        'dataset[1].y',
        'learningRate',
        'batchSize',
      ]),
    );
  });

  it('are capped at 50 entries, the last one saying how many more there are', () => {
    const file = fileWith((f) => {
      f.layers = [
        { kind: 'input1d', size: 10 },
        { kind: 'linear', size: 10, weights: Array.from({ length: 10 }, () => new Array(10).fill('x')) },
      ];
      f.dataset = [];
    });
    const problems = problemsOf(parseModelValue(file));
    expect(problems).toHaveLength(50);
    expect(problems.at(-1)).toEqual({
      path: '(file)',
      message: 'and 51 more problems (fix these first)',
      more: 51,
    });
    expect(problemTotal(problems)).toBe(100);
  });
});
