import { describe, expect, it } from 'vitest';
import { trainEpoch, trainIteration, type LinearLayer, type Model } from '../../src/engine';
import { examplePreset } from '../../src/presets';
import { iterationOf, runEpochs, startRun, type RunResult } from '../../src/training';
import { expectAllClose } from '../helpers/close';

const example = examplePreset.model;
const w2 = (model: Model) => (model.layers[1] as LinearLayer).weights[0] ?? [];

/** Drives a generator to its end, counting its slices. */
function drive(generator: Generator<unknown, RunResult>): { result: RunResult; slices: number } {
  let slices = 0;
  for (let step = generator.next(); ; step = generator.next()) {
    if (step.done) return { result: step.value, slices };
    slices += 1;
  }
}

describe('runEpochs(model, mode, n, { chunk })', () => {
  it('does `chunk` iterations per slice and gives the same model as the engine’s epochs', () => {
    const { result, slices } = drive(runEpochs(example, 'sample', 4, { chunk: 5 }));
    expect(slices).toBe(2);
    let expected = example;
    for (let n = 0; n < 4; n += 1) expected = trainEpoch(expected, 'sample').model;
    expect(result.after).toEqual(expected);
    expect(result.status).toBe('done');
    expect(result.progress).toMatchObject({ iterations: 12, totalIterations: 12, epochs: 4, totalEpochs: 4 });
  });

  it('by batch: one update per epoch for the Example (batch size 3)', () => {
    const { result } = drive(runEpochs(example, 'batch', 1, { chunk: 100 }));
    expect(result.progress.iterations).toBe(1);
    expectAllClose(w2(result.after), [1 / 200, -3 / 11600 + 2e-4 / 3, 1 / 5800 + 1e-4], 1e-14);
  });

  it('keeps the model it was given untouched', () => {
    const copy = structuredClone(example);
    drive(runEpochs(example, 'sample', 3, { chunk: 1 }));
    expect(example).toEqual(copy);
  });
});

describe('startRun(model, plan)', () => {
  it('can stop at any time, keeping what it did', () => {
    const run = startRun(example, { kind: 'epochs', mode: 'sample', epochs: 10 });
    run.advance(7);
    const result = run.finish();
    expect(result.status).toBe('stopped');
    expect(result.progress.iterations).toBe(7);
    expect(result.progress.epochs).toBeCloseTo(7 / 3, 12);
    expect(result.curve.epochs).toEqual([0, 1, 2, 7 / 3]);
  });

  it('runs one iteration on given samples', () => {
    const run = startRun(example, { kind: 'iteration', samples: [2] });
    expect(run.advance(10)).toBe(false);
    const result = run.finish();
    expectAllClose(w2(result.after), [1 / 200, -3 / 11600 + 2e-4, 1 / 5800 + 3e-4], 1e-14);
    expect(result.curve.epochs).toEqual([0, 1 / 3]);
  });

  it('does nothing on an empty dataset', () => {
    const run = startRun({ ...example, dataset: [] }, { kind: 'epochs', mode: 'sample', epochs: 3 });
    expect(run.advance(10)).toBe(false);
    expect(run.finish()).toMatchObject({ status: 'done', after: { dataset: [] } });
  });
});

describe('iterationOf(record, n)', () => {
  it('rebuilds every iteration exactly from the checkpoints', () => {
    const { result } = drive(runEpochs(example, 'sample', 700, { chunk: 1000 }));
    expect(result.record.every).toBeGreaterThan(1);
    let model = example;
    for (let n = 0; n < 2100; n += 1) {
      if (n % 97 === 0 || n === 2099)
        expect(iterationOf(result.record, n)).toEqual({ model, samples: [n % 3] });
      model = trainIteration(model, [n % 3]).after;
    }
    expect(model).toEqual(result.after);
    expect(iterationOf(result.record, 2100)).toBeUndefined();
    expect(iterationOf(result.record, -1)).toBeUndefined();
  });
});
