import { describe, expect, it } from 'vitest';
import { resultsTable, type Model } from '../../src/engine';
import { examplePreset } from '../../src/presets';
import {
  CurveBuilder,
  datasetLosses,
  maxCurveValues,
  meanOf,
  runEpochs,
  type RunResult,
} from '../../src/training';
import { expectAllClose } from '../helpers/close';

const example = examplePreset.model;

function finish(generator: Generator<unknown, RunResult>): RunResult {
  for (;;) {
    const step = generator.next();
    if (step.done) return step.value;
  }
}

describe('datasetLosses(model)', () => {
  it('gives the losses of the results table: 0, 0, 0.5 for the Example', () => {
    expect(datasetLosses(example)).toEqual(resultsTable(example).map((row) => row.loss));
    expectAllClose(datasetLosses(example), [0, 0, 0.5]);
  });

  it('meanOf gives loss^avg, and NaN for no sample', () => {
    expect(meanOf([0, 0, 0.5])).toBeCloseTo(0.5 / 3, 15);
    expect(meanOf([])).toBeNaN();
  });
});

describe('the loss curve of a run', () => {
  it('has a point per epoch, from epoch 0, with loss^avg and each sample’s loss', () => {
    const result = finish(runEpochs(example, 'sample', 3, { chunk: 2 }));
    expect(result.curve.epochs).toEqual([0, 1, 2, 3]);
    expect(result.curve.sampleLosses).toHaveLength(12);
    result.curve.lossAvg.forEach((avg, p) =>
      expect(avg).toBeCloseTo(meanOf(result.curve.sampleLosses.slice(3 * p, 3 * p + 3)), 15),
    );
    expect(result.curve.end).toBe(result.after);
  });

  it('stays compact for 10,000 epochs: plain number arrays within the budget, the last epoch kept', () => {
    const result = finish(runEpochs(example, 'sample', 10_000, { chunk: 3000 }));
    const { curve } = result;
    expect(curve.epochs.length * (1 + curve.sampleCount)).toBeLessThanOrEqual(maxCurveValues + 4);
    expect(curve.epochs.at(-1)).toBe(10_000);
    expect(Array.isArray(curve.lossAvg)).toBe(true);
  });

  it('thins a long curve of many samples by doubling its stride, keeping regular points', () => {
    const dataset = Array.from({ length: 600 }, (_s, n) => ({ x: [n, 0, 0], y: [n % 2] }));
    const model: Model = { ...example, dataset };
    const builder = new CurveBuilder(model, null);
    for (let epoch = 1; epoch <= 2000; epoch += 1) builder.offer(epoch, model);
    builder.keepLast();
    const curve = builder.snapshot();
    expect(curve.stride).toBeGreaterThan(1);
    expect(curve.epochs.length * 601).toBeLessThanOrEqual(maxCurveValues + 601);
    expect(curve.epochs.slice(0, 3)).toEqual([0, curve.stride, 2 * curve.stride]);
    expect(curve.epochs.at(-1)).toBe(2000);
    expect(curve.sampleLosses).toHaveLength(curve.epochs.length * 600);
  });

  it('continues a curve from the model it ended on, and starts anew from another model', () => {
    const first = finish(runEpochs(example, 'sample', 2, { chunk: 10 }));
    const next = finish(runEpochs(first.after, 'sample', 2, { chunk: 10, curve: first.curve }));
    expect(next.curve.epochs).toEqual([0, 1, 2, 3, 4]);
    const other = finish(runEpochs(example, 'sample', 1, { chunk: 10, curve: first.curve }));
    expect(other.curve.epochs).toEqual([0, 1]);
  });
});
