import { beforeEach, describe, expect, it } from 'vitest';
import type { Model } from '../../src/engine';
import { presets } from '../../src/presets';
import { createAppStore } from '../../src/store';
import { subjectOf } from '../../src/timeline';

type Store = ReturnType<typeof createAppStore>;

let store: Store;
const state = () => store.getState();
const subject = () => {
  const step = state().timeline.steps[state().stepIndex];
  return step ? subjectOf(step) : undefined;
};

beforeEach(() => {
  store = createAppStore();
});

describe('selectSample(selection)', () => {
  it('walks the chosen sample from step 0, with a timeline rebuilt for it', () => {
    const before = state().timeline;
    state().seek(12);
    state().play();
    state().selectSample(2);
    expect(state().selection).toBe(2);
    expect(state().stepIndex).toBe(0);
    expect(state().playing).toBe(false);
    expect(state().timeline).not.toBe(before);
    expect(state().iteration.samples).toEqual([2]);
  });

  it('walks the whole batch: one run of steps per element, then the update', () => {
    state().selectSample('batch');
    const elements = new Set(state().timeline.steps.map((step) => step.element));
    expect(state().iteration.samples).toEqual([0, 1, 2]);
    expect([...elements]).toEqual([0, 1, 2]);
    expect(state().timeline.steps.at(-1)?.kind).toBe('update');
  });
});

describe('setDetail(detail)', () => {
  it('stays on the same δ when going from the detailed sub-steps to one step per δ', () => {
    state().selectSample(2);
    const index = state().timeline.steps.findIndex(
      (step) => step.kind === 'delta' && step.k === 3 && step.stage === 'paths',
    );
    state().seek(index);
    const before = subject();
    state().setDetail('compact');
    expect(state().detail).toBe('compact');
    expect(state().timeline.detail).toBe('compact');
    expect(subject()).toBe(before);
  });

  it('stays on the same δ when going back to the detailed sub-steps', () => {
    state().setDetail('compact');
    const index = state().timeline.steps.findIndex((step) => step.kind === 'delta' && step.k === 2);
    state().seek(index);
    const before = subject();
    state().setDetail('detailed');
    expect(subject()).toBe(before);
    expect(state().timeline.steps[state().stepIndex]?.kind).toBe('delta');
  });

  it('keeps every step on its quantity, at every index, both ways', () => {
    for (let index = 0; index < state().timeline.steps.length; index++) {
      store = createAppStore();
      state().seek(index);
      const before = subject();
      state().setDetail('compact');
      expect(subject()).toBe(before);
      state().setDetail('detailed');
      expect(subject()).toBe(before);
    }
  });

  it('does nothing when the level is already chosen', () => {
    const timeline = state().timeline;
    state().setDetail('detailed');
    expect(state().timeline).toBe(timeline);
  });
});

describe('loadModel(model)', () => {
  it('restarts on the first sample of the new model, paused, with nothing selected', () => {
    const linear = presets.find((preset) => preset.id === 'linear');
    if (!linear) throw new Error('the Linear preset is missing');
    state().selectSample(1);
    state().seek(9);
    state().play();
    state().selectNeuron('N:1:0');
    state().loadModel(linear.model);
    expect(state().model).toBe(linear.model);
    expect(state().selection).toBe(0);
    expect(state().stepIndex).toBe(0);
    expect(state().playing).toBe(false);
    expect(state().selected).toBeNull();
    expect(state().iteration.before).toBe(linear.model);
  });

  it('gives an empty timeline when the model has no sample, and the playback stays at 0', () => {
    const example = presets[0]?.model;
    if (!example) throw new Error('no preset');
    const empty: Model = { ...example, dataset: [] };
    state().loadModel(empty);
    expect(state().timeline.steps).toHaveLength(0);
    state().stepForward();
    state().seekLast();
    state().play();
    expect(state().stepIndex).toBe(0);
    expect(state().playing).toBe(false);
  });
});
