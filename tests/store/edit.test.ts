import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weightPath } from '../../src/editing';
import type { LinearLayer } from '../../src/engine';
import { parseModelValue, serializeModel, toModelFile } from '../../src/format';
import { examplePreset, presets } from '../../src/presets';
import { createAppStore, selectFieldProblem } from '../../src/store';
import { createImmediateScheduler } from '../../src/store/runs';
import { editArbitrary } from '../editing/arbitraries';

const storeOn = () =>
  createAppStore(examplePreset.model, { scheduler: createImmediateScheduler(), chunk: 10 });
const weights = (store: ReturnType<typeof storeOn>) =>
  (store.getState().model.layers[1] as LinearLayer).weights;

describe('edit(edit)', () => {
  it('applies a weight typed as a fraction, as one undoable step that keeps the stepper on its step', () => {
    const store = storeOn();
    store.getState().seek(4);
    const step = store.getState().timeline.steps[4]?.id;
    expect(store.getState().edit({ kind: 'setWeight', k: 2, j: 0, i: 1, value: '-3000/11600000' })).toEqual({
      ok: true,
    });
    expect(store.getState().past).toHaveLength(0);
    expect(store.getState().edit({ kind: 'setWeight', k: 2, j: 0, i: 1, value: '1/3' })).toEqual({
      ok: true,
    });
    expect(weights(store)[0]?.[1]).toBe(1 / 3);
    expect(store.getState().past.at(-1)?.label).toBe('set w^{2,1}_2');
    expect(store.getState().timeline.steps[store.getState().stepIndex]?.id).toBe(step);
    expect(store.getState().iteration.before).toBe(store.getState().model);
  });

  it('keeps the stepper on the same sub-step of a δ when a weight or the shape of a layer changes', () => {
    const store = storeOn();
    const at = (id: string) => store.getState().timeline.steps.findIndex((step) => step.id === id);
    const current = () => store.getState().timeline.steps[store.getState().stepIndex]?.id;
    store.getState().seek(at('e0:d:3:0:formula'));
    store.getState().edit({ kind: 'setWeight', k: 2, j: 0, i: 1, value: '0.5' });
    expect(current()).toBe('e0:d:3:0:formula');
    // One input fewer: the timeline is shorter, the δ and its sub-step are still there.
    const length = store.getState().timeline.steps.length;
    store.getState().edit({ kind: 'resizeLayer', k: 1, size: '2' });
    expect(store.getState().timeline.steps.length).toBeLessThan(length);
    expect(current()).toBe('e0:d:3:0:formula');
    store.getState().undo();
    expect(current()).toBe('e0:d:3:0:formula');
  });

  it('keeps the model when a weight reads "abc", and records the problem at its path', () => {
    const store = storeOn();
    const before = store.getState().model;
    const result = store.getState().edit({ kind: 'setWeight', k: 2, j: 0, i: 2, value: 'abc' });
    expect(result.ok).toBe(false);
    expect(store.getState().model).toBe(before);
    expect(store.getState().canUndo).toBe(false);
    expect(store.getState().fieldProblems).toEqual({
      [weightPath(2, 0, 2)]: 'expected a finite number, got "abc"',
    });
    expect(selectFieldProblem(weightPath(2, 0, 2))(store.getState())).toBe(
      'expected a finite number, got "abc"',
    );
    // A valid value at the same field clears its problem.
    store.getState().edit({ kind: 'setWeight', k: 2, j: 0, i: 2, value: '2' });
    expect(store.getState().fieldProblems).toEqual({});
  });

  it('clearFieldProblem forgets one field’s problem', () => {
    const store = storeOn();
    store.getState().edit({ kind: 'setLearningRate', value: '-1' });
    expect(Object.keys(store.getState().fieldProblems)).toEqual(['learningRate']);
    store.getState().clearFieldProblem('learningRate');
    expect(store.getState().fieldProblems).toEqual({});
  });

  it('keeps the selection in range when the selected sample is removed', () => {
    const store = storeOn();
    store.getState().selectSample(2);
    store.getState().edit({ kind: 'removeSample', index: 2 });
    expect(store.getState().selection).toBe(1);
    expect(store.getState().iteration.samples).toEqual([1]);
  });

  it('draws new weights from the seed in the state', () => {
    const a = storeOn();
    const b = storeOn();
    expect(a.getState().setSeed(42)).toEqual({ ok: true });
    b.getState().setSeed(42);
    const add = { kind: 'addLayer', k: 4, layer: { kind: 'linear', size: 2, biases: false } } as const;
    a.getState().edit(add);
    b.getState().edit(add);
    expect(a.getState().model).toEqual(b.getState().model);
    expect(a.getState().setSeed(-1).ok).toBe(false);
    expect(a.getState().setSeed(2.5).ok).toBe(false);
  });

  it('openModelText loads a file as one undoable step, or gives the parser’s problems and keeps the model', () => {
    const store = storeOn();
    const deep = presets.find((preset) => preset.id === 'deep')?.model ?? examplePreset.model;
    expect(store.getState().openModelText(serializeModel(deep))).toEqual({ ok: true });
    expect(store.getState().model).toEqual(deep);
    const broken = store.getState().openModelText('{"format": "neural-structure", "version": 1}');
    expect(broken.ok).toBe(false);
    expect(store.getState().model).toEqual(deep);
    store.getState().undo();
    expect(store.getState().model).toBe(examplePreset.model);
  });
});

describe('random sequences of edit actions through the store', () => {
  it('never throw and never leave an invalid model; undo all returns the first model exactly', () => {
    fc.assert(
      fc.property(fc.array(editArbitrary, { maxLength: 25 }), (edits) => {
        const store = storeOn();
        for (const edit of edits) {
          store.getState().edit(edit);
          const { model, iteration, timeline, stepIndex } = store.getState();
          expect(parseModelValue(toModelFile(model)).ok).toBe(true);
          expect(iteration.before).toBe(model);
          expect(stepIndex).toBeGreaterThanOrEqual(0);
          expect(stepIndex).toBeLessThanOrEqual(Math.max(0, timeline.steps.length - 1));
        }
        while (store.getState().canUndo) store.getState().undo();
        expect(store.getState().model).toBe(examplePreset.model);
      }),
      { numRuns: 150 },
    );
  });
});
