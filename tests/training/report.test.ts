import { describe, expect, it } from 'vitest';
import type { Model } from '../../src/engine';
import { examplePreset } from '../../src/presets';
import { describeNonFinite, nonFiniteName, weightChanges, type NonFiniteReport } from '../../src/training';

const report = (over: Partial<NonFiniteReport>, withoutI = false): NonFiniteReport => {
  const base: NonFiniteReport = {
    quantity: 'dw',
    k: 2,
    j: 0,
    i: 0,
    value: Infinity,
    epoch: 3,
    iteration: 7,
    sample: 1,
    samples: [1],
    learningRate: 10,
    ...over,
  };
  if (!withoutI) return base;
  return Object.fromEntries(
    Object.entries(base).filter(([key]) => key !== 'i'),
  ) as unknown as NonFiniteReport;
};

describe('describeNonFinite(report)', () => {
  it('reads like the issue: "the learning rate α = 10 is too large: δw^{2,1}_1 became ∞ at epoch 3, sample 2"', () => {
    expect(describeNonFinite(report({}), true)).toBe(
      'the learning rate α = 10 is too large: δw^{2,1}_1 became ∞ at epoch 3, sample 2',
    );
  });

  it('names an update’s weight and its batch, −∞ and NaN', () => {
    const text = describeNonFinite(
      report({ quantity: 'w', value: -Infinity, sample: null, samples: [0, 1, 2] }),
      true,
    );
    expect(text).toBe(
      'the learning rate α = 10 is too large: w^{2,1}_1 became −∞ at epoch 3, in the update after the batch of samples 1 to 3',
    );
    expect(describeNonFinite(report({ value: NaN }), false)).toBe(
      'the learning rate α = 10 is too large: δw^{2,1}_1 became NaN (not a number) at sample 2',
    );
  });

  it('names each quantity with 1-based indices, braces for several characters', () => {
    expect(nonFiniteName(report({ quantity: 'o', k: 12, j: 9 }))).toBe('o^{12}_{10}');
    expect(nonFiniteName(report({ quantity: 'delta', k: 4, j: 0 }, true))).toBe('δ^4_1');
    expect(nonFiniteName(report({ quantity: 'delta', k: 2, i: 2 }))).toBe('δ^2_3');
    expect(nonFiniteName(report({ quantity: 'db', k: 2, j: 1 }))).toBe('δb^2_2');
    expect(nonFiniteName(report({ quantity: 'b', k: 2, j: 1 }))).toBe('b^2_2');
    expect(nonFiniteName(report({ quantity: 'loss' }))).toBe('the loss');
  });
});

describe('weightChanges(before, after)', () => {
  it('lists every weight and bias of the learning layers with its old and new value', () => {
    const before: Model = {
      ...examplePreset.model,
      layers: [
        { kind: 'input1d', size: 2 },
        { kind: 'linear', size: 1, weights: [[1, 2]], biases: [0] },
      ],
    };
    const after: Model = {
      ...before,
      layers: [
        { kind: 'input1d', size: 2 },
        { kind: 'linear', size: 1, weights: [[1, 3]], biases: [-1] },
      ],
    };
    expect(weightChanges(before, after)).toEqual([
      { kind: 'w', k: 2, j: 0, i: 0, before: 1, after: 1 },
      { kind: 'w', k: 2, j: 0, i: 1, before: 2, after: 3 },
      { kind: 'b', k: 2, j: 0, before: 0, after: -1 },
    ]);
  });
});
