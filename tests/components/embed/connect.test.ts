import { describe, expect, it, vi } from 'vitest';
import { connectEmbed, postResizes, postStoreEvents } from '../../../src/components/embed/connect';
import type { EmbedEvent } from '../../../src/embed';
import { examplePreset } from '../../../src/presets';
import { createAppStore } from '../../../src/store';
import { createImmediateScheduler } from '../../../src/store/runs';

const storeOn = () => createAppStore(examplePreset.model, { scheduler: createImmediateScheduler() });

/** Collects the events posted. */
function recorder() {
  const events: EmbedEvent[] = [];
  return { events, post: (event: EmbedEvent) => events.push(event) };
}

describe('postStoreEvents(store, post)', () => {
  it('sends ready with the protocol version and the step count, then the current step', () => {
    const store = storeOn();
    const { events, post } = recorder();
    postStoreEvents(store, post);
    const total = store.getState().timeline.steps.length;
    expect(events).toEqual([
      { type: 'neural-structure:ready', version: 1, total },
      { type: 'neural-structure:step', index: 0, total, phase: 'forward', label: 'o^1_1' },
    ]);
  });

  it('sends step on every change of step, with its index, phase and label', () => {
    const store = storeOn();
    const { events, post } = recorder();
    postStoreEvents(store, post);
    events.length = 0;
    store.getState().seek(7);
    store.getState().stepForward();
    expect(events).toEqual([
      { type: 'neural-structure:step', index: 7, total: 58, phase: 'backward', label: 'δ^3_1 · paths' },
      { type: 'neural-structure:step', index: 8, total: 58, phase: 'backward', label: 'δ^3_1 · formula' },
    ]);
  });

  it('sends step with the new total when the timeline changes, and nothing for changes that move no step', () => {
    const store = storeOn();
    const { events, post } = recorder();
    postStoreEvents(store, post);
    events.length = 0;
    store.getState().setSpeed(4);
    store.getState().focusTerm(0);
    expect(events).toEqual([]);
    store.getState().setDetail('compact');
    expect(events).toEqual([
      { type: 'neural-structure:step', index: 0, total: 17, phase: 'forward', label: 'o^1_1' },
    ]);
  });

  it('sends select when the selected neuron changes, and stops when told', () => {
    const store = storeOn();
    const { events, post } = recorder();
    const stop = postStoreEvents(store, post);
    events.length = 0;
    store.getState().selectNeuron('N:1:2');
    store.getState().selectNeuron('N:1:2');
    store.getState().selectNeuron(null);
    expect(events).toEqual([
      { type: 'neural-structure:select', neuron: 'N:1:2' },
      { type: 'neural-structure:select', neuron: null },
    ]);
    stop();
    store.getState().seek(3);
    expect(events).toHaveLength(2);
  });
});

/** A window with a fake ResizeObserver and animation frames run by hand. */
function fakeWindow(height: { value: number }) {
  let observed: (() => void) | null = null;
  const frames: (() => void)[] = [];
  const listeners = new Map<string, (event: unknown) => void>();
  const posted: unknown[] = [];
  const win = {
    document: {
      documentElement: { getBoundingClientRect: () => ({ height: height.value }) },
      querySelector: () => null,
    },
    ResizeObserver: class {
      constructor(callback: () => void) {
        observed = callback;
      }
      observe() {}
      disconnect() {
        observed = null;
      }
    },
    requestAnimationFrame: (task: () => void) => frames.push(task),
    setTimeout: (task: () => void) => frames.push(task),
    cancelAnimationFrame: () => undefined,
    addEventListener: (name: string, listener: (event: unknown) => void) => listeners.set(name, listener),
    removeEventListener: (name: string) => listeners.delete(name),
    parent: { postMessage: (message: unknown, target: string) => posted.push({ message, target }) },
  };
  return {
    win: win as unknown as Window & typeof globalThis,
    resize: () => observed?.(),
    runFrames: () => frames.splice(0).forEach((task) => task()),
    listeners,
    posted,
  };
}

describe('postResizes(window, post)', () => {
  it('sends the height once per frame, only when it changed', () => {
    const height = { value: 612.4 };
    const fake = fakeWindow(height);
    const { events, post } = recorder();
    const stop = postResizes(fake.win, post);
    fake.resize();
    fake.resize();
    fake.runFrames();
    expect(events).toEqual([{ type: 'neural-structure:resize', height: 613 }]);
    fake.resize();
    fake.runFrames();
    expect(events).toHaveLength(1);
    height.value = 700;
    fake.resize();
    fake.runFrames();
    expect(events.at(-1)).toEqual({ type: 'neural-structure:resize', height: 700 });
    stop();
    fake.resize();
    fake.runFrames();
    expect(events).toHaveLength(2);
  });
});

describe('connectEmbed(store, window)', () => {
  it('posts events to the parent with the target "*" and applies the parent commands', () => {
    const store = storeOn();
    const fake = fakeWindow({ value: 500 });
    const disconnect = connectEmbed(store, fake.win);
    expect(fake.posted[0]).toEqual({
      message: { type: 'neural-structure:ready', version: 1, total: 58 },
      target: '*',
    });
    const parent = (fake.win as unknown as { parent: unknown }).parent;
    fake.listeners.get('message')?.({ data: { type: 'neural-structure:goto', step: 9 }, source: parent });
    expect(store.getState().stepIndex).toBe(9);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fake.listeners.get('message')?.({ data: { type: 'neural-structure:goto', step: 2 }, source: {} });
    expect(store.getState().stepIndex).toBe(9);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
    disconnect();
    expect(fake.listeners.has('message')).toBe(false);
  });
});
