import { describe, expect, it } from 'vitest';
import { computePass, resultsTable, trainEpoch } from '../../src/engine';
import { expectAllClose, expectClose } from '../helpers/close';
import { example } from '../helpers/example';

const w2 = [1 / 200, -3 / 11600, 1 / 5800];

const passOf = (index: number) => computePass(example, example.dataset[index] ?? { x: [], y: [] });
const valueOf = (gradients: readonly { value: number }[] | undefined) =>
  (gradients ?? []).map((g) => g.value);

describe('the Example, forward (spec 3.3 and 3.4)', () => {
  it('gives o2 = 0, 1, 0 with exact zeros where the rationals cancel', () => {
    const o2 = [0, 1, 2].map((n) => passOf(n).layers[1]?.output[0]);
    expect(Object.is(o2[0], 0)).toBe(true);
    expect(o2[1]).toBeCloseTo(1, 15);
    expect(Object.is(o2[2], 0)).toBe(true);
  });

  it('stores o1 = x, o3 = ReLU(o2) and the losses 0, 0, 0.5', () => {
    const passes = [0, 1, 2].map(passOf);
    passes.forEach((pass, n) => expect(pass.layers[0]?.output).toEqual(example.dataset[n]?.x));
    expectAllClose(
      passes.map((pass) => pass.layers[2]?.output[0] ?? NaN),
      [0, 1, 0],
    );
    expectAllClose(
      passes.map((pass) => pass.loss),
      [0, 0, 0.5],
    );
  });
});

describe('the Example, backward (spec 3.5 and 3.6)', () => {
  it('has nothing to learn from inputs 1 and 2: every δ and δw is 0', () => {
    for (const pass of [passOf(0), passOf(1)]) {
      expect(pass.lossDelta[0]).toBeCloseTo(0, 14);
      for (const layer of pass.layers) {
        expectAllClose(
          valueOf(layer.delta),
          layer.delta.map(() => 0),
        );
        expectAllClose(
          valueOf(layer.dw?.[0]),
          (layer.dw?.[0] ?? []).map(() => 0),
        );
      }
    }
  });

  it('lets the learning flow through ReLU for input 3, where o2 is exactly 0: δ3 = δ4 = −1', () => {
    const pass = passOf(2);
    expect(pass.lossDelta).toEqual([-1]);
    expect(valueOf(pass.layers[2]?.delta)).toEqual([-1]);
    const relu = pass.layers[2]?.delta[0]?.terms[0]?.local;
    expect(relu).toMatchObject({ kind: 'activation', activation: 'relu', x: 0, value: 1 });
  });

  it('gives δ2 = δ3 . w2, δw2 = δ3 . o1 and δ1 = δ2 for input 3', () => {
    const pass = passOf(2);
    expectAllClose(
      valueOf(pass.layers[1]?.delta),
      w2.map((w) => -w),
      1e-15,
    );
    expectAllClose(valueOf(pass.layers[1]?.dw?.[0]), [-0, -2000, -3000]);
    expectAllClose(valueOf(pass.layers[0]?.delta), valueOf(pass.layers[1]?.delta), 0);
  });
});

describe('one epoch of gradient descent on the Example (spec 3.7)', () => {
  it('updates only after input 3: ŵ2 = w2 − α . (0, −2000, −3000)', () => {
    const { model, updates } = trainEpoch(example, 'sample');
    expect(updates.map((update) => update.samples)).toEqual([[0], [1], [2]]);
    const weights = model.layers[1]?.kind === 'linear' ? model.layers[1].weights[0] : undefined;
    expectAllClose(weights ?? [], [1 / 200, -3 / 11600 + 2e-4, 1 / 5800 + 3e-4], 1e-14);
    expect(example.layers[1]).toEqual({
      kind: 'linear',
      size: 1,
      weights: [[1 / 200, -3000 / 11600000, 1 / 5800]],
    });
  });

  it('then gets all three inputs right: o3 = 0.43, 1, 1.3', () => {
    const before = resultsTable(example);
    expect(before.map((row) => row.correct)).toEqual([true, true, false]);
    const after = resultsTable(trainEpoch(example, 'sample').model);
    expectAllClose(
      after.map((row) => row.output[0] ?? NaN),
      [43 / 100, 1, 13 / 10],
      1e-13,
    );
    expect(after.map((row) => row.result)).toEqual([[0], [1], [1]]);
    expectAllClose(
      after.map((row) => row.loss),
      [0.5 * (43 / 100) ** 2, 0, 0.5 * (3 / 10) ** 2],
      1e-13,
    );
    expect(after.map((row) => row.correct)).toEqual([true, true, true]);
  });
});

describe('one batch step on the Example (spec 3.8)', () => {
  it('back-propagates Loss/3 and sums the scaled deltas: δw2,avg = (0, −2000/3, −1000)', () => {
    const { updates } = trainEpoch(example, 'batch');
    expect(updates).toHaveLength(1);
    const [iteration] = updates;
    expect(iteration?.values.map((pass) => pass.scale)).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expectAllClose(iteration?.values[2]?.lossDelta ?? [], [-1 / 3]);
    expectAllClose(iteration?.gradients[0]?.dw[0] ?? [], [0, -2000 / 3, -1000], 1e-14);
    expectClose(iteration?.lossAvg, 0.5 / 3);
  });

  it('moves o3 to 43/300, 1, 13/30 so input 3 is still wrong', () => {
    const after = resultsTable(trainEpoch(example, 'batch').model);
    expectAllClose(
      after.map((row) => row.output[0] ?? NaN),
      [43 / 300, 1, 13 / 30],
      1e-13,
    );
    expect(after.map((row) => row.correct)).toEqual([true, true, false]);
    expectAllClose(
      after.map((row) => row.loss),
      [0.5 * (43 / 300) ** 2, 0, 0.5 * (17 / 30) ** 2],
      1e-13,
    );
  });
});
