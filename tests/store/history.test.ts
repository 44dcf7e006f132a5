import { describe, expect, it } from 'vitest';
import type { Model } from '../../src/engine';
import { examplePreset, presets } from '../../src/presets';
import { createAppStore, maxHistory, selectRedoLabel, selectUndoLabel } from '../../src/store';
import { createImmediateScheduler } from '../../src/store/runs';

const storeOn = () => createAppStore(examplePreset.model, { scheduler: createImmediateScheduler() });
const other: Model = presets.find((preset) => preset.id === 'deep')?.model ?? examplePreset.model;

describe('undo() and redo()', () => {
  it('undo returns exactly the previous model, redo re-applies the change', () => {
    const store = storeOn();
    expect(store.getState().canUndo).toBe(false);
    store.getState().edit({ kind: 'setLearningRate', value: '0.5' });
    const edited = store.getState().model;
    expect(store.getState().canUndo).toBe(true);
    store.getState().undo();
    expect(store.getState().model).toEqual(examplePreset.model);
    expect(store.getState().model).toBe(examplePreset.model);
    expect(store.getState().canRedo).toBe(true);
    store.getState().redo();
    expect(store.getState().model).toBe(edited);
    expect(store.getState().canRedo).toBe(false);
  });

  it('labels each step with its change, for the undo and redo buttons', () => {
    const store = storeOn();
    store.getState().edit({ kind: 'addSample' });
    store.getState().edit({ kind: 'setBiases', k: 2, biases: true });
    expect(store.getState().past.map((entry) => entry.label)).toEqual(['add a sample', 'add biases to L^2']);
    store.getState().undo();
    expect(store.getState().future.map((entry) => entry.label)).toEqual(['add biases to L^2']);
  });

  it('a new change after an undo drops the redo list', () => {
    const store = storeOn();
    store.getState().edit({ kind: 'setTitle', title: 'a' });
    store.getState().undo();
    store.getState().edit({ kind: 'setTitle', title: 'b' });
    expect(store.getState().canRedo).toBe(false);
    expect(store.getState().model.title).toBe('b');
  });

  it('does nothing when there is nothing to undo or redo', () => {
    const store = storeOn();
    const before = store.getState();
    store.getState().undo();
    store.getState().redo();
    expect(store.getState().model).toBe(before.model);
  });

  it(`keeps the last ${maxHistory} models`, () => {
    const store = storeOn();
    for (let n = 1; n <= maxHistory + 10; n += 1) store.getState().edit({ kind: 'setTitle', title: `t${n}` });
    expect(store.getState().past).toHaveLength(maxHistory);
    while (store.getState().canUndo) store.getState().undo();
    expect(store.getState().model.title).toBe('t10');
  });

  it('makes loading a preset undoable; the stepper restarts on sample 1', () => {
    const store = storeOn();
    store.getState().selectSample(2);
    store.getState().seek(3);
    store.getState().loadModel(other);
    expect(store.getState().model).toBe(other);
    expect(store.getState().selection).toBe(0);
    expect(store.getState().stepIndex).toBe(0);
    expect(store.getState().past.at(-1)?.label).toBe(`open "${other.title}"`);
    store.getState().undo();
    expect(store.getState().model).toBe(examplePreset.model);
  });

  it('clears the problems shown at fields when it moves in history', () => {
    const store = storeOn();
    store.getState().edit({ kind: 'setTitle', title: 'x' });
    store.getState().edit({ kind: 'setLearningRate', value: 'abc' });
    store.getState().undo();
    expect(store.getState().fieldProblems).toEqual({});
  });

  it('stops a training run in progress (keeping what it did) before it moves', () => {
    const tasks: (() => void)[] = [];
    const store = createAppStore(examplePreset.model, {
      chunk: 3,
      scheduler: (task) => {
        tasks.push(task);
        return () => tasks.splice(tasks.indexOf(task), 1);
      },
    });
    store.getState().train(10);
    tasks.shift()?.();
    store.getState().undo();
    expect(store.getState().training).toBeNull();
    expect(store.getState().model).toBe(examplePreset.model);
    expect(store.getState().canRedo).toBe(true);
  });
});

describe('restoreSession(model, view)', () => {
  it('opens saved work with its view and an empty history', () => {
    const store = storeOn();
    store.getState().edit({ kind: 'setTitle', title: 'x' });
    store.getState().restoreSession(other, {
      selection: 1,
      detail: 'compact',
      stepIndex: 3,
      seed: 9,
      trainingMode: 'batch',
    });
    const state = store.getState();
    expect(state.model).toBe(other);
    expect(state).toMatchObject({
      selection: 1,
      detail: 'compact',
      stepIndex: 3,
      seed: 9,
      trainingMode: 'batch',
    });
    expect(state.timeline.detail).toBe('compact');
    expect(state.canUndo).toBe(false);
  });

  it('clamps a step index and a selection that no longer exist', () => {
    const store = storeOn();
    store
      .getState()
      .restoreSession(examplePreset.model, { selection: 7, detail: 'detailed', stepIndex: 10_000 });
    expect(store.getState().selection).toBe(2);
    expect(store.getState().stepIndex).toBe(store.getState().timeline.steps.length - 1);
  });
});

describe('selectUndoLabel and selectRedoLabel', () => {
  it('name the change undo and redo would make', () => {
    const store = storeOn();
    expect(selectUndoLabel(store.getState())).toBeNull();
    store.getState().edit({ kind: 'removeSample', index: 0 });
    expect(selectUndoLabel(store.getState())).toBe('remove sample 1');
    store.getState().undo();
    expect(selectRedoLabel(store.getState())).toBe('remove sample 1');
  });
});

describe('loadModel(model) of the model already open', () => {
  it('records nothing to undo but restarts the stepper', () => {
    const store = storeOn();
    store.getState().seek(4);
    store.getState().loadModel(examplePreset.model);
    expect(store.getState().canUndo).toBe(false);
    expect(store.getState().stepIndex).toBe(0);
  });
});
