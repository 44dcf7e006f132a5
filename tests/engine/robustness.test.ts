import { describe, expect, it } from 'vitest';
import { computePass, trainEpoch, type Model } from '../../src/engine';

const tiny: Model = {
  title: 'tiny',
  layers: [
    { kind: 'input1d', size: 1 },
    { kind: 'linear', size: 1, weights: [[1]], biases: [0] },
  ],
  loss: 'halfSquaredError',
  dataset: [{ x: [1e200], y: [0] }],
  learningRate: 1,
  batchSize: 1,
};

describe('non-finite values', () => {
  it('never throw: the pass lists the first value that overflowed', () => {
    const pass = computePass(tiny, { x: [1e200], y: [0] });
    expect(pass.nonFinite[0]).toMatchObject({ quantity: 'loss', k: 3, value: Infinity });
    expect(computePass(tiny, { x: [NaN], y: [0] }).nonFinite[0]).toMatchObject({ quantity: 'o', k: 1, j: 0 });
    expect(computePass(tiny, { x: [1], y: [0] }).nonFinite).toEqual([]);
  });

  it('stop an epoch after the iteration that produced them', () => {
    const model: Model = {
      ...tiny,
      dataset: [
        { x: [1e200], y: [0] },
        { x: [1], y: [0] },
      ],
    };
    const { updates } = trainEpoch(model, 'sample');
    expect(updates).toHaveLength(1);
  });
});

describe('immutability', () => {
  it('returns new models and never mutates the one it was given', () => {
    const model: Model = { ...tiny, dataset: [{ x: [2], y: [1] }], learningRate: 0.1 };
    const frozen = structuredClone(model);
    const { model: trained } = trainEpoch(model, 'sample');
    expect(model).toEqual(frozen);
    expect(trained).not.toBe(model);
    expect(trained.layers[1]).toEqual({
      kind: 'linear',
      size: 1,
      weights: [[1 - 0.1 * 2]],
      biases: [0 - 0.1 * 1],
    });
  });
});
