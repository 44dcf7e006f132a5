import { describe, expect, it, vi } from 'vitest';
import { encodeSavedState, savedStateKey, startPersistence, type StartOptions } from '../../src/persistence';
import { examplePreset } from '../../src/presets';
import { access, blockedStorage, deep, manualDelay, MemoryStorage, newStore } from './fakes';

const savedDeep = () =>
  encodeSavedState(deep, { selection: 1, detail: 'detailed', stepIndex: 3, seed: 1, trainingMode: 'sample' });

/** Options with fakes: the tasks left for after the first frame are kept to be run by the test. */
function fakes(storage: MemoryStorage | typeof blockedStorage) {
  const later: (() => void)[] = [];
  const timer = manualDelay();
  const options: StartOptions = {
    later: (task) => later.push(task),
    storage: access(storage),
    delay: timer.delay,
    page: null,
  };
  return { options, later, timer };
}

describe('startPersistence(store, options)', () => {
  it('restores saved work before it resolves, so that the first frame shows it', async () => {
    const storage = new MemoryStorage();
    storage.setItem(savedStateKey, savedDeep());
    const { options, later } = fakes(storage);
    const store = newStore();
    await startPersistence(store, options);
    expect(store.getState()).toMatchObject({ model: deep, selection: 1, stepIndex: 3, canUndo: false });
    expect(later).toHaveLength(0);
  });

  it('tells before it resolves when the storage cannot be used or the work cannot be read', async () => {
    const blocked = fakes(blockedStorage);
    const first = newStore();
    await startPersistence(first, blocked.options);
    expect(first.getState().notices.map((notice) => notice.text)).toEqual([
      expect.stringMatching(/^Your work is not kept in this browser/),
    ]);
    const corrupt = new MemoryStorage();
    corrupt.setItem(savedStateKey, 'not JSON');
    const second = newStore();
    await startPersistence(second, fakes(corrupt).options);
    expect(second.getState().notices[0]?.text).toMatch(/^Your saved work could not be read/);
  });

  it('on an empty storage, loads nothing before the first frame and saves once set up after it', async () => {
    const storage = new MemoryStorage();
    const { options, later, timer } = fakes(storage);
    const load = vi.fn(() => import('../../src/persistence/setup'));
    const store = newStore();
    await startPersistence(store, { ...options, load });
    expect(load).not.toHaveBeenCalled();
    expect(later).toHaveLength(1);
    later[0]?.();
    await vi.waitFor(() => expect(load).toHaveBeenCalledOnce());
    await load.mock.results[0]?.value;
    store.getState().edit({ kind: 'setTitle', title: 'Mine' });
    timer.runAll();
    expect(storage.getItem(savedStateKey)).toContain('"Mine"');
  });

  it('saves what changed before it was set up (a link opened at start-up), and saves nothing otherwise', async () => {
    const storage = new MemoryStorage();
    const { options, later, timer } = fakes(storage);
    const store = newStore();
    await startPersistence(store, options);
    store.getState().loadModel(deep);
    later[0]?.();
    await vi.waitFor(() => expect(timer.pending()).toBe(1));
    timer.runAll();
    expect(storage.getItem(savedStateKey)).toContain('"A deeper network"');

    const untouched = new MemoryStorage();
    const quiet = fakes(untouched);
    const other = newStore();
    await startPersistence(other, quiet.options);
    quiet.later[0]?.();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(quiet.timer.pending()).toBe(0);
    expect(untouched.getItem(savedStateKey)).toBeNull();
  });

  it('says so in a notice when its code cannot be loaded, and the app goes on', async () => {
    const storage = new MemoryStorage();
    storage.setItem(savedStateKey, savedDeep());
    const store = newStore();
    await startPersistence(store, {
      ...fakes(storage).options,
      load: () => Promise.reject(new Error('offline')),
    });
    expect(store.getState().model).toBe(examplePreset.model);
    expect(store.getState().notices[0]).toMatchObject({
      level: 'warning',
      text: expect.stringMatching(/^Your work cannot be kept in this browser right now/) as string,
    });
  });
});
