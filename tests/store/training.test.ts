import { describe, expect, it } from 'vitest';
import type { LinearLayer, Model } from '../../src/engine';
import { createAppStore, selectCurveIsCurrent } from '../../src/store';
import { createImmediateScheduler } from '../../src/store/runs';
import { expectAllClose } from '../helpers/close';
import { example } from '../helpers/example';

/** A store on the Example whose long runs finish synchronously. */
const storeOn = (model: Model = example, chunk?: number) =>
  createAppStore(model, { scheduler: createImmediateScheduler(), ...(chunk === undefined ? {} : { chunk }) });

/** w^2 of a model of the Example's shape. */
const w2 = (model: Model) => (model.layers[1] as LinearLayer).weights[0] ?? [];

describe('training the Example through the store', () => {
  it('train(1, "sample") reproduces the gradient-descent post: ŵ2 = (1/200, −3/11600 + 2e-4, 1/5800 + 3e-4)', () => {
    const store = storeOn();
    expect(store.getState().train(1, 'sample')).toEqual({ ok: true });
    const { model, lastRun, training } = store.getState();
    expect(training).toBeNull();
    expectAllClose(w2(model), [1 / 200, -3 / 11600 + 2e-4, 1 / 5800 + 3e-4], 1e-14);
    expect(lastRun?.status).toBe('done');
    expect(lastRun?.progress.iterations).toBe(3);
  });

  it('then gets all three inputs right: o3 = 0.43, 1, 1.3 (results before ✓ ✓ ✗, after ✓ ✓ ✓)', () => {
    const store = storeOn();
    store.getState().train(1, 'sample');
    const run = store.getState().lastRun;
    expect(run?.resultsBefore.map((row) => row.correct)).toEqual([true, true, false]);
    expectAllClose(run?.resultsAfter.map((row) => row.output[0] ?? NaN) ?? [], [0.43, 1, 1.3], 1e-13);
    expect(run?.resultsAfter.map((row) => row.correct)).toEqual([true, true, true]);
  });

  it('train(1, "batch") reproduces the batch-learning post: o3 = 43/300, 1, 13/30 and input 3 still wrong', () => {
    const store = storeOn();
    store.getState().train(1, 'batch');
    const run = store.getState().lastRun;
    expect(run?.progress.iterations).toBe(1);
    expectAllClose(w2(store.getState().model), [1 / 200, -3 / 11600 + 2e-4 / 3, 1 / 5800 + 1e-4], 1e-14);
    expectAllClose(run?.resultsAfter.map((row) => row.output[0] ?? NaN) ?? [], [43 / 300, 1, 13 / 30], 1e-13);
    expect(run?.resultsAfter.map((row) => row.correct)).toEqual([true, true, false]);
  });

  it('records each weight before and after the run', () => {
    const store = storeOn();
    store.getState().train(1, 'sample');
    const changes = store.getState().lastRun?.changes ?? [];
    expect(changes.map((c) => [c.kind, c.k, c.j, c.i])).toEqual([
      ['w', 2, 0, 0],
      ['w', 2, 0, 1],
      ['w', 2, 0, 2],
    ]);
    expectAllClose(
      changes.map((c) => c.before),
      [1 / 200, -3 / 11600, 1 / 5800],
    );
    expectAllClose(
      changes.map((c) => c.after - c.before),
      [0, 2e-4, 3e-4],
      1e-12,
    );
  });

  it('makes the whole run one history entry that undo takes back exactly', () => {
    const store = storeOn();
    store.getState().train(5, 'sample');
    expect(store.getState().past).toHaveLength(1);
    expect(store.getState().past[0]?.label).toBe('train 5 epochs per sample');
    store.getState().undo();
    expect(store.getState().model).toEqual(example);
    store.getState().redo();
    expect(store.getState().lastRun?.after).toBe(store.getState().model);
  });

  it('records loss^avg and each sample’s loss after every epoch, from epoch 0', () => {
    const store = storeOn();
    store.getState().train(2, 'sample');
    const curve = store.getState().curve;
    expect(curve?.epochs).toEqual([0, 1, 2]);
    expect(curve?.sampleCount).toBe(3);
    expectAllClose(curve?.sampleLosses.slice(0, 3) ?? [], [0, 0, 0.5]);
    expectAllClose(curve?.lossAvg.slice(0, 1) ?? [], [0.5 / 3]);
    expectAllClose(curve?.sampleLosses.slice(3, 6) ?? [], [0.5 * 0.43 ** 2, 0, 0.5 * 0.3 ** 2], 1e-12);
  });

  it('continues the curve across runs that follow each other, and restarts it after an edit', () => {
    const store = storeOn();
    store.getState().train(2);
    store.getState().train(3);
    expect(store.getState().curve?.epochs).toEqual([0, 1, 2, 3, 4, 5]);
    expect(selectCurveIsCurrent(store.getState())).toBe(true);
    store.getState().edit({ kind: 'setLearningRate', value: '1e-8' });
    expect(selectCurveIsCurrent(store.getState())).toBe(false);
    store.getState().train(1);
    expect(store.getState().curve?.epochs).toEqual([0, 1]);
  });

  it('runs long trainings in slices, with progress in the state, and can stop them keeping what was done', () => {
    const tasks: (() => void)[] = [];
    const store = createAppStore(example, {
      chunk: 3,
      scheduler: (task) => {
        tasks.push(task);
        return () => tasks.splice(tasks.indexOf(task), 1);
      },
    });
    store.getState().train(10, 'sample');
    expect(store.getState().training).toMatchObject({ iterations: 0, totalIterations: 30, totalEpochs: 10 });
    tasks.shift()?.();
    tasks.shift()?.();
    expect(store.getState().training).toMatchObject({ iterations: 6, epochs: 2 });
    expect(store.getState().model).toBe(
      store.getState().past.length === 0 ? store.getState().model : undefined,
    );
    store.getState().stopTraining();
    expect(tasks).toHaveLength(0);
    expect(store.getState().training).toBeNull();
    expect(store.getState().lastRun?.status).toBe('stopped');
    expect(store.getState().lastRun?.progress.epochs).toBe(2);
    expect(store.getState().past).toHaveLength(1);
  });

  it('times its slices with the clock when no chunk is given, so a long run never blocks the page for long', () => {
    const tasks: (() => void)[] = [];
    let time = 0;
    const store = createAppStore(example, {
      sliceMs: 12,
      now: () => (time += 5),
      scheduler: (task) => {
        tasks.push(task);
        return () => undefined;
      },
    });
    store.getState().train(2000);
    let slices = 0;
    for (let task = tasks.shift(); task; task = tasks.shift()) {
      task();
      slices += 1;
    }
    expect(slices).toBeGreaterThan(1);
    expect(store.getState().lastRun?.progress.epochs).toBe(2000);
  });

  it('really runs on timers by default (setTimeout slices)', async () => {
    const store = createAppStore(example);
    store.getState().train(50);
    expect(store.getState().training).not.toBeNull();
    await new Promise<void>((resolve) => {
      const stop = store.subscribe((state) => {
        if (state.training === null) {
          stop();
          resolve();
        }
      });
    });
    expect(store.getState().lastRun?.progress.epochs).toBe(50);
  });

  it('reads epochs typed as text by their digits, "1,000" and "1 000" as 1000', () => {
    const store = storeOn();
    store.getState().train('1 000', 'sample');
    expect(store.getState().lastRun?.progress.epochs).toBe(1000);
  });

  it('refuses a number of epochs that is not a whole number from 1, and an empty dataset', () => {
    const store = storeOn();
    expect(store.getState().train(0).ok).toBe(false);
    expect(store.getState().train(1.5).ok).toBe(false);
    expect(store.getState().train(' 1e5 ')).toEqual({
      ok: false,
      problems: [
        { path: 'epochs', message: 'expected a whole number of epochs from 1 to 100,000, got "1e5"' },
      ],
    });
    const empty = storeOn({ ...example, dataset: [] });
    const result = empty.getState().train(1);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['dataset']);
    expect(empty.getState().trainStep().ok).toBe(false);
  });
});

describe('one iteration at a time', () => {
  it('trainStep applies the iteration the stepper shows and moves on to the next sample at step 0', () => {
    const store = storeOn();
    store.getState().selectSample(2);
    store.getState().seek(5);
    store.getState().trainStep();
    const state = store.getState();
    expectAllClose(w2(state.model), [1 / 200, -3 / 11600 + 2e-4, 1 / 5800 + 3e-4], 1e-14);
    expect(state.selection).toBe(0);
    expect(state.stepIndex).toBe(0);
    expect(state.past.at(-1)?.label).toBe('train one iteration');
    expect(state.curve?.epochs).toEqual([0, 1 / 3]);
  });
});

describe('inspecting an iteration of the last run', () => {
  it('inspectIteration(n) makes the stepper walk iteration n on the model before it', () => {
    const store = storeOn();
    store.getState().train(2, 'sample');
    expect(store.getState().inspectIteration(2)).toBe(true);
    const state = store.getState();
    expect(state.inspected?.samples).toEqual([2]);
    // The Data picker names the sample the stepper shows.
    expect(state.selection).toBe(2);
    expect(state.iteration.before).toEqual(example);
    expect(state.iteration.samples).toEqual([2]);
    expect(state.stepIndex).toBe(0);
    // Iteration 3 is sample 1 of epoch 2, on the weights after epoch 1.
    store.getState().inspectIteration(3);
    expectAllClose(
      w2(store.getState().iteration.before),
      [1 / 200, -3 / 11600 + 2e-4, 1 / 5800 + 3e-4],
      1e-14,
    );
    expect(store.getState().selection).toBe(0);
    expect(store.getState().inspectIteration(6)).toBe(false);
    store.getState().stopInspecting();
    expect(store.getState().inspected).toBeNull();
    expect(store.getState().iteration.before).toBe(store.getState().model);
  });

  it('names the batch in the Data picker when the iteration is a batch', () => {
    const store = storeOn();
    store.getState().train(1, 'batch');
    store.getState().inspectIteration(0);
    expect(store.getState().selection).toBe('batch');
    expect(store.getState().iteration.samples).toEqual([0, 1, 2]);
  });

  it('rebuilds exactly the iterations of a run longer than its checkpoints', () => {
    const store = storeOn();
    store.getState().train(1100, 'sample');
    const run = store.getState().lastRun;
    expect(run?.record.every).toBeGreaterThan(1);
    store.getState().inspectIteration(3299);
    const last = store.getState().iteration;
    expect(last.after).toEqual(run?.after);
  });

  it('keeps the inspected iteration when the detail level changes, and drops it when another sample is chosen', () => {
    const store = storeOn();
    store.getState().train(1);
    store.getState().inspectIteration(1);
    store.getState().setDetail('compact');
    expect(store.getState().inspected?.index).toBe(1);
    expect(store.getState().timeline.detail).toBe('compact');
    store.getState().selectSample(0);
    expect(store.getState().inspected).toBeNull();
  });
});

describe('a learning rate too large', () => {
  /** The Example with L3 = identity (ReLU would die and block the flow instead of diverging), and α = 10. */
  const diverging: Model = {
    ...example,
    layers: [
      { kind: 'input1d', size: 3 },
      { kind: 'linear', size: 1, weights: [[1 / 200, -3000 / 11600000, 1 / 5800]] },
      { kind: 'activation', size: 1, activation: 'identity' },
    ],
    learningRate: 10,
  };

  it('pauses on the first non-finite value, says which and when, keeps finite weights, and undo restores', () => {
    const store = storeOn(diverging);
    store.getState().train(100, 'sample');
    const state = store.getState();
    const run = state.lastRun;
    expect(run?.status).toBe('nonFinite');
    expect(state.training).toBeNull();
    expect(run?.nonFinite).toMatchObject({ epoch: expect.any(Number), learningRate: 10 });
    expect(run?.progress.epochs).toBeLessThan(100);
    const weights = w2(state.model);
    expect(weights.every(Number.isFinite)).toBe(true);
    const notice = state.notices.at(-1);
    expect(notice?.level).toBe('warning');
    expect(notice?.action).toBe('undo');
    expect(notice?.text).toMatch(
      /^The learning rate α = 10 is too large: .+ became (∞|−∞|NaN \(not a number\)) at epoch \d+, /,
    );
    // The stepper shows the offending iteration.
    expect(state.inspected?.index).toBe(run?.nonFinite?.iteration);
    expect(state.past).toHaveLength(1);
    state.undo();
    expect(store.getState().model).toEqual(diverging);
  });

  it('shows the offending iteration on its own sample, in the stepper and in the Data picker', () => {
    // By hand, α = 1e308 on the Example: samples 1 and 2 are right (δ⁴ = 0, nothing to update); sample 3 has
    // δ⁴ = 0 − 1 = −1, δw² = −1 . (0, 2000, 3000), and ŵ²₂ = w²₂ + 1e308 · 2000 = ∞: iteration 3, sample 3.
    const store = storeOn({ ...example, learningRate: 1e308 });
    store.getState().train(1, 'sample');
    const state = store.getState();
    expect(state.lastRun?.nonFinite?.iteration).toBe(2);
    expect(state.iteration.samples).toEqual([2]);
    expect(state.selection).toBe(2);
  });

  it('names the first offending value like the series, with its epoch and sample', () => {
    const store = storeOn(diverging);
    store.getState().train(100, 'sample');
    const report = store.getState().lastRun?.nonFinite;
    const text = store.getState().notices.at(-1)?.text ?? '';
    expect(report?.sample).toBeTypeOf('number');
    expect(text).toContain(`at epoch ${report?.epoch}, sample ${(report?.sample ?? 0) + 1}`);
  });

  it('changes nothing when the very first iteration is non-finite, and offers no undo', () => {
    const store = storeOn({ ...diverging, dataset: [{ x: [1e200, 1e200, 1e200], y: [0] }] });
    store.getState().train(1);
    expect(store.getState().past).toHaveLength(0);
    expect(store.getState().notices.at(-1)?.action).toBeUndefined();
    expect(store.getState().notices.at(-1)?.text).toContain('Nothing was changed');
  });
});
