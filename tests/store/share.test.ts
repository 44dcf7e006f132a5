import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import type { Model } from '../../src/engine';
import { toModelFile } from '../../src/format';
import { examplePreset, presets } from '../../src/presets';
import { encodeLink, type LinkView } from '../../src/share';
import { createAppStore, stepBounds } from '../../src/store';
import { createImmediateScheduler } from '../../src/store/runs';
import { alphabet } from '../share/hostile';

const storeOn = (model: Model = examplePreset.model) =>
  createAppStore(model, { scheduler: createImmediateScheduler() });
const linear = presets.find((preset) => preset.id === 'linear')?.model ?? examplePreset.model;
const view = (changes: Partial<LinkView> = {}): LinkView => ({
  selection: 0,
  step: 0,
  detail: 'detailed',
  selected: null,
  ...changes,
});

describe('setRange(range)', () => {
  it('moves the step into the range and keeps every navigation within it', () => {
    const store = storeOn();
    const state = () => store.getState();
    state().setRange({ from: 5, to: 9 });
    expect(state().stepIndex).toBe(5);
    state().stepBack();
    expect(state().stepIndex).toBe(5);
    state().seekLast();
    expect(state().stepIndex).toBe(9);
    state().stepForward();
    expect(state().stepIndex).toBe(9);
    state().seek(40);
    expect(state().stepIndex).toBe(9);
    state().seek(0);
    expect(state().stepIndex).toBe(5);
    state().seekFirst();
    expect(state().stepIndex).toBe(5);
    state().nextPhase();
    expect(state().stepIndex).toBeLessThanOrEqual(9);
    state().previousPhase();
    expect(state().stepIndex).toBeGreaterThanOrEqual(5);
  });

  it('plays to the end of the range and stops there; play from there starts over at its first step', () => {
    const store = storeOn();
    const state = () => store.getState();
    state().setRange({ from: 2, to: 4 });
    state().play();
    expect(state().playing).toBe(true);
    state().tick();
    state().tick();
    expect(state().stepIndex).toBe(4);
    expect(state().playing).toBe(false);
    state().tick();
    expect(state().stepIndex).toBe(4);
    state().play();
    expect(state().stepIndex).toBe(2);
    expect(state().playing).toBe(true);
  });

  it('does not play a range of one step', () => {
    const store = storeOn();
    store.getState().setRange({ from: 3, to: 3 });
    store.getState().play();
    expect(store.getState().playing).toBe(false);
    expect(store.getState().stepIndex).toBe(3);
  });

  it('keeps a new sample, another detail level and a new model within the range', () => {
    const store = storeOn();
    const state = () => store.getState();
    state().setRange({ from: 6, to: 12 });
    state().selectSample(2);
    expect(state().stepIndex).toBe(6);
    state().seek(12);
    state().setDetail('compact');
    const compactLast = state().timeline.steps.length - 1;
    expect(state().stepIndex).toBeGreaterThanOrEqual(Math.min(6, compactLast));
    expect(state().stepIndex).toBeLessThanOrEqual(Math.min(12, compactLast));
    state().setDetail('detailed');
    state().loadModel(linear);
    expect(state().stepIndex).toBe(6);
  });

  it('fits a range past the end of the timeline to its last step', () => {
    const store = storeOn();
    const last = store.getState().timeline.steps.length - 1;
    store.getState().setRange({ from: 500, to: Number.MAX_SAFE_INTEGER });
    expect(stepBounds(store.getState())).toEqual({ first: last, last });
    expect(store.getState().stepIndex).toBe(last);
  });

  it('ignores a range that is not whole steps with from ≤ to, and null lifts the range', () => {
    const store = storeOn();
    const state = () => store.getState();
    for (const bad of [
      { from: 5, to: 2 },
      { from: -1, to: 2 },
      { from: 1.5, to: 2 },
      { from: Number.NaN, to: 2 },
    ]) {
      state().setRange(bad);
      expect(state().range).toBeNull();
    }
    state().setRange({ from: 3, to: 4 });
    state().setRange(null);
    state().seekFirst();
    expect(state().stepIndex).toBe(0);
  });
});

describe('openShared(model, view)', () => {
  it('opens the model on the link frame: sample, detail, step and selected neuron', () => {
    const store = storeOn();
    store
      .getState()
      .openShared(linear, view({ selection: 2, step: 7, detail: 'compact', selected: 'N:2:1' }));
    const state = store.getState();
    expect(state.model).toBe(linear);
    expect(state.selection).toBe(2);
    expect(state.detail).toBe('compact');
    expect(state.timeline.detail).toBe('compact');
    expect(state.stepIndex).toBe(7);
    expect(state.selected).toBe('N:2:1');
    expect(state.playing).toBe(false);
  });

  it('is one undoable step: undo gives back the work that was open before', () => {
    const store = storeOn();
    store.getState().edit({ kind: 'setTitle', title: 'My saved work' });
    const saved = store.getState().model;
    store.getState().openShared(linear, view({ step: 3 }));
    expect(store.getState().past.at(-1)?.label).toBe('open the link to "The Linear layer"');
    store.getState().undo();
    expect(store.getState().model).toBe(saved);
  });

  it('opens the last step when the link step is past the end, and the batch when asked', () => {
    const store = storeOn();
    store.getState().openShared(linear, view({ step: Number.MAX_SAFE_INTEGER, selection: 'batch' }));
    const state = store.getState();
    expect(state.selection).toBe('batch');
    expect(state.stepIndex).toBe(state.timeline.steps.length - 1);
  });

  it('selects nothing when the neuron is not in the model, and clears a link banner', () => {
    const store = storeOn();
    store
      .getState()
      .showLinkProblem({ problems: ['This link is damaged.'], raw: '#v1=x', shownInstead: 'x' });
    store.getState().openShared(examplePreset.model, view({ selected: 'N:9:9' }));
    expect(store.getState().selected).toBeNull();
    expect(store.getState().linkProblem).toBeNull();
  });
});

describe('selectNeuron(id)', () => {
  it('selects a neuron the diagram draws, and null clears the selection', () => {
    const store = storeOn();
    store.getState().selectNeuron('N:0:2');
    expect(store.getState().selected).toBe('N:0:2');
    store.getState().selectNeuron(null);
    expect(store.getState().selected).toBeNull();
  });

  it('drops the selection when an edit removes the selected neuron, and keeps it otherwise', () => {
    const store = storeOn();
    store.getState().selectNeuron('N:3:0');
    store.getState().edit({ kind: 'setTitle', title: 'renamed' });
    expect(store.getState().selected).toBe('N:3:0');
    store.getState().edit({ kind: 'removeLayer', k: 3 });
    expect(store.getState().selected).toBeNull();
  });

  it('ignores ids the model lacks and text that is not a neuron id', () => {
    const store = storeOn();
    store.getState().selectNeuron('N:2:0');
    for (const id of ['N:2:1', 'N:4:0', 'N:0:3', 'L2:1', '', 'N:02:0', '<b>'])
      store.getState().selectNeuron(id);
    expect(store.getState().selected).toBe('N:2:0');
  });
});

/** One change to a link: flip a character, insert one, delete one, or cut the end. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), char: fc.constantFrom(...alphabet) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    char: fc.string({ minLength: 1, maxLength: 1 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), char: fc.constant('') }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), char: fc.constant('') }),
);

/** Applies changes to the data of a link (after "#v1="). */
function mutate(fragment: string, changes: readonly { kind: string; at: number; char: string }[]): string {
  let data = fragment.slice(4);
  for (const { kind, at: where, char } of changes) {
    const at = data.length === 0 ? 0 : where % data.length;
    if (kind === 'flip') data = `${data.slice(0, at)}${char}${data.slice(at + 1)}`;
    else if (kind === 'insert') data = `${data.slice(0, at)}${char}${data.slice(at)}`;
    else if (kind === 'delete') data = `${data.slice(0, at)}${data.slice(at + 1)}`;
    else data = data.slice(0, at);
  }
  return `#v1=${data}`;
}

/** A link to a model file, changed in one place so that the parser refuses it. */
const brokenModels = [
  { ...toModelFile(examplePreset.model), layers: [] },
  { ...toModelFile(examplePreset.model), learningRate: 'fast' },
  { ...toModelFile(examplePreset.model), dataset: [{ x: [1], y: [0] }] },
  { format: 'neural-structure', version: 99 },
].map((model) => `#v1=${compressToEncodedURIComponent(JSON.stringify({ model, view: view() }))}`);

describe('openLink(fragment) on untrusted links', () => {
  const exampleLink = encodeLink({ model: examplePreset.model, view: view({ step: 11, selection: 2 }) });

  it('opens a valid link and returns what it read', () => {
    const store = storeOn();
    const result = store.getState().openLink(exampleLink);
    expect(result.ok).toBe(true);
    expect(store.getState().stepIndex).toBe(11);
    expect(store.getState().selection).toBe(2);
  });

  it('leaves the state untouched (the same object) for garbage, a cut link and a broken model', () => {
    const store = storeOn();
    store.getState().seek(4);
    const before = store.getState();
    for (const fragment of ['#v1=garbage', exampleLink.slice(0, exampleLink.length / 2), ...brokenModels]) {
      const result = store.getState().openLink(fragment);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems[0]).toMatch(/^This link/);
      expect(store.getState()).toBe(before);
    }
  });

  it('never throws on thousands of random strings, and never changes the state when it refuses them', () => {
    const store = storeOn();
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 40 })),
        (text) => {
          for (const fragment of [text, `#v1=${text}`, `#${text}`]) {
            const before = store.getState();
            const result = store.getState().openLink(fragment);
            if (!result.ok) expect(store.getState()).toBe(before);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never throws on thousands of mutated links; a refused one changes nothing, a read one opens its frame', () => {
    const store = storeOn();
    const links = [
      exampleLink,
      ...presets.map(({ model }) => encodeLink({ model, view: view({ step: 5 }) })),
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...links),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (link, changes) => {
          const before = store.getState();
          const result = store.getState().openLink(mutate(link, changes));
          if (!result.ok) expect(store.getState()).toBe(before);
          else {
            const state = store.getState();
            expect(state.model).toBe(result.model);
            expect(state.stepIndex).toBe(Math.min(result.view.step, state.timeline.steps.length - 1));
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
