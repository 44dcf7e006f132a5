import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { handleMessage } from '../../../src/components/embed/messages';
import { commandNames, messageType } from '../../../src/embed';
import { toModelFile } from '../../../src/format';
import { examplePreset, presets } from '../../../src/presets';
import { createAppStore } from '../../../src/store';
import { createImmediateScheduler } from '../../../src/store/runs';

const storeOn = () => createAppStore(examplePreset.model, { scheduler: createImmediateScheduler() });

/** Stand-ins for windows: the embedding page, and another frame of the same page. */
const parent = { name: 'parent' };
const stranger = { name: 'another frame' };

const linear = presets.find((preset) => preset.id === 'linear')?.model ?? examplePreset.model;

/** Sends `data` as the parent would; gives the outcome and the warnings. */
function send(store: ReturnType<typeof storeOn>, data: unknown, ...from: [unknown?]) {
  // Only a missing source argument means the parent: an explicit undefined is a message with no source.
  const source = from.length === 0 ? parent : from[0];
  const warn = vi.fn<(message: string) => void>();
  const outcome = handleMessage(store, data, source, parent, warn);
  return { outcome, warnings: warn.mock.calls.map(([message]) => message) };
}

describe('handleMessage(store, data, source, parent) with commands from the parent', () => {
  it('goto moves to the step, next and prev step and pause the clock', () => {
    const store = storeOn();
    expect(send(store, { type: 'neural-structure:goto', step: 5 }).outcome).toEqual({
      kind: 'applied',
      command: 'goto',
    });
    expect(store.getState().stepIndex).toBe(5);
    send(store, { type: 'neural-structure:play' });
    expect(store.getState().playing).toBe(true);
    send(store, { type: 'neural-structure:next' });
    expect(store.getState().stepIndex).toBe(6);
    expect(store.getState().playing).toBe(false);
    send(store, { type: 'neural-structure:prev', version: 1 });
    expect(store.getState().stepIndex).toBe(5);
    send(store, { type: 'neural-structure:play' });
    send(store, { type: 'neural-structure:pause' });
    expect(store.getState().playing).toBe(false);
  });

  it('goto, next and prev stay within the embed range', () => {
    const store = storeOn();
    store.getState().setRange({ from: 3, to: 8 });
    send(store, { type: 'neural-structure:goto', step: 50 });
    expect(store.getState().stepIndex).toBe(8);
    send(store, { type: 'neural-structure:next' });
    expect(store.getState().stepIndex).toBe(8);
    send(store, { type: 'neural-structure:goto', step: 0 });
    expect(store.getState().stepIndex).toBe(3);
    send(store, { type: 'neural-structure:prev' });
    expect(store.getState().stepIndex).toBe(3);
  });

  it('load opens a model (object or text) on its first sample at the start of the range', () => {
    const store = storeOn();
    store.getState().setRange({ from: 2, to: 1000 });
    store.getState().selectSample(1);
    send(store, { type: 'neural-structure:load', model: toModelFile(linear) });
    expect(store.getState().model).toEqual(linear);
    expect(store.getState().selection).toBe(0);
    expect(store.getState().stepIndex).toBe(2);
    send(store, { type: 'neural-structure:load', model: JSON.stringify(toModelFile(examplePreset.model)) });
    expect(store.getState().model).toEqual(examplePreset.model);
  });

  it('select selects a neuron of the model, or nothing', () => {
    const store = storeOn();
    send(store, { type: 'neural-structure:select', neuron: 'N:2:0' });
    expect(store.getState().selected).toBe('N:2:0');
    send(store, { type: 'neural-structure:select', neuron: null });
    expect(store.getState().selected).toBeNull();
  });

  it('ignores a neuron the model does not have, with a warning', () => {
    const store = storeOn();
    const before = store.getState();
    const { outcome, warnings } = send(store, { type: 'neural-structure:select', neuron: 'N:3:4' });
    expect(outcome).toEqual({ kind: 'ignored', warned: true });
    expect(warnings).toEqual([
      'neural-structure: ignored a message: "neural-structure:select" names the neuron "N:3:4", which this model does not have.',
    ]);
    expect(store.getState()).toBe(before);
  });

  it('ignores goto, next, prev and play with a warning when the model has no sample (no step)', () => {
    const store = createAppStore(
      { ...examplePreset.model, dataset: [] },
      { scheduler: createImmediateScheduler() },
    );
    const before = store.getState();
    for (const name of ['next', 'prev', 'play'] as const)
      expect(send(store, { type: messageType(name) }).warnings).toEqual([
        `neural-structure: ignored a message: "neural-structure:${name}" has no step to go to: the model has no sample.`,
      ]);
    expect(send(store, { type: 'neural-structure:goto', step: 0 }).outcome).toEqual({
      kind: 'ignored',
      warned: true,
    });
    expect(store.getState()).toBe(before);
  });
});

describe('handleMessage ignores what is not a valid command from the parent', () => {
  it('refuses commands from any other window, with a warning', () => {
    const store = storeOn();
    const before = store.getState();
    for (const source of [stranger, null, undefined]) {
      const { outcome, warnings } = send(store, { type: 'neural-structure:goto', step: 3 }, source);
      expect(outcome).toEqual({ kind: 'ignored', warned: true });
      expect(warnings[0]).toMatch(/only the page that embeds this one may send commands/);
    }
    expect(store.getState()).toBe(before);
  });

  it('ignores other scripts messages silently', () => {
    const store = storeOn();
    const before = store.getState();
    for (const data of ['hello', 42, null, { type: 'webpackOk' }, { source: 'react-devtools' }, []]) {
      for (const source of [parent, stranger])
        expect(send(store, data, source)).toEqual({
          outcome: { kind: 'ignored', warned: false },
          warnings: [],
        });
    }
    expect(store.getState()).toBe(before);
  });

  it('warns about wrong commands and changes nothing', () => {
    const store = storeOn();
    store.getState().seek(4);
    const before = store.getState();
    const wrong = [
      { type: 'neural-structure:goto', step: '5' },
      { type: 'neural-structure:goto', step: 5.5 },
      { type: 'neural-structure:goto', step: -1 },
      { type: 'neural-structure:goto' },
      { type: 'neural-structure:next', extra: true },
      { type: 'neural-structure:pause', version: 2 },
      { type: 'neural-structure:jump', step: 1 },
      { type: 'neural-structure:select', neuron: '<img src=x>' },
      { type: 'neural-structure:load', model: { format: 'neural-structure', version: 1 } },
      { type: 'neural-structure:load', model: '{"format": ' },
    ];
    for (const data of wrong) {
      const { outcome, warnings } = send(store, data);
      expect(outcome).toEqual({ kind: 'ignored', warned: true });
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/^neural-structure: ignored a message: /);
    }
    expect(store.getState()).toBe(before);
  });

  /** Messages near the protocol: a command name, and fields of every kind of value. */
  const nearCommand = fc.record(
    {
      type: fc.oneof(
        fc.constantFrom(...commandNames.map((name) => messageType(name))),
        fc.string({ maxLength: 30 }).map((text) => `neural-structure:${text}`),
        fc.string({ maxLength: 20 }),
      ),
      step: fc.oneof(
        fc.integer({ min: -5, max: 100 }),
        fc.double(),
        fc.string({ maxLength: 4 }),
        fc.constant(null),
      ),
      neuron: fc.oneof(
        fc.constantFrom('N:0:0', 'N:2:0', 'N:3:0', 'N:9:9', 'N:1:01', ''),
        fc.string({ maxLength: 12 }),
        fc.constant(null),
      ),
      model: fc.oneof(fc.anything({ maxDepth: 3 }), fc.string({ maxLength: 60 })),
      version: fc.oneof(fc.constant(1), fc.integer(), fc.string({ maxLength: 2 })),
      other: fc.anything({ maxDepth: 2 }),
    },
    { requiredKeys: ['type'] },
  );

  it('never throws on thousands of random and mutated messages, and an ignored one changes nothing', () => {
    const store = storeOn();
    fc.assert(
      fc.property(
        fc.oneof(nearCommand, fc.anything({ maxDepth: 3 })),
        fc.constantFrom(parent, stranger),
        (data, source) => {
          const before = store.getState();
          const { outcome } = send(store, data, source);
          if (outcome.kind === 'ignored') expect(store.getState()).toBe(before);
          if (source !== parent) expect(outcome.kind).toBe('ignored');
        },
      ),
      { numRuns: 4000 },
    );
  });
});
