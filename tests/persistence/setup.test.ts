import { afterEach, describe, expect, it } from 'vitest';
import { browserStorage, encodeSavedState, savedStateKey, setupPersistence } from '../../src/persistence';
import { examplePreset } from '../../src/presets';
import { access, blockedStorage, deep, FullStorage, manualDelay, MemoryStorage, newStore } from './fakes';

describe('setupPersistence(store)', () => {
  it('saves the model and view about 300 ms after the last change, once', () => {
    const storage = new MemoryStorage();
    const timer = manualDelay();
    const store = newStore();
    setupPersistence(store, { storage: access(storage), delay: timer.delay, page: null });
    store.getState().edit({ kind: 'setTitle', title: 'Mine' });
    store.getState().stepForward();
    store.getState().setDetail('compact');
    expect(timer.pending()).toBe(1);
    expect(storage.getItem(savedStateKey)).toBeNull();
    timer.runAll();
    const saved = JSON.parse(storage.getItem(savedStateKey) ?? '{}') as {
      savedModel: { title: string };
      view: unknown;
    };
    expect(saved.savedModel.title).toBe('Mine');
    expect(saved.view).toMatchObject({ detail: 'compact', selection: 0 });
  });

  it('round trips: a new store restores the saved model and view, with an empty history', () => {
    const storage = new MemoryStorage();
    const timer = manualDelay();
    const first = newStore();
    setupPersistence(first, { storage: access(storage), delay: timer.delay, page: null });
    first.getState().loadModel(deep);
    first.getState().selectSample(1);
    first.getState().seek(5);
    timer.runAll();
    const second = newStore();
    const persistence = setupPersistence(second, {
      storage: access(storage),
      delay: timer.delay,
      page: null,
    });
    expect(persistence.outcome.kind).toBe('restored');
    expect(second.getState().model).toEqual(deep);
    expect(second.getState()).toMatchObject({ selection: 1, stepIndex: 5, canUndo: false });
    expect(second.getState().notices).toEqual([]);
  });

  it('flush() saves a pending change at once (the page is being hidden)', () => {
    const storage = new MemoryStorage();
    const timer = manualDelay();
    const store = newStore();
    const persistence = setupPersistence(store, { storage: access(storage), delay: timer.delay, page: null });
    store.getState().edit({ kind: 'setTitle', title: 'Now' });
    persistence.flush();
    expect(storage.getItem(savedStateKey)).toContain('"Now"');
    expect(timer.pending()).toBe(0);
  });

  it('starts on the default with a notice when the saved state is corrupt, keeping it aside', () => {
    const storage = new MemoryStorage();
    storage.setItem(savedStateKey, '{"app": "neural-structure", "version": 1, "savedModel": 3}');
    const store = newStore();
    setupPersistence(store, { storage: access(storage), delay: manualDelay().delay, page: null });
    expect(store.getState().model).toBe(examplePreset.model);
    const notice = store.getState().notices[0];
    expect(notice?.level).toBe('warning');
    expect(notice?.text).toContain('could not be read');
    expect(notice?.text).toContain('neural-structure/state.unreadable.1');
    expect(storage.getItem('neural-structure/state.unreadable.1')).toContain('"savedModel": 3');
  });

  it('runs without persistence, saying so once, when the storage throws on every call', () => {
    const store = newStore();
    const persistence = setupPersistence(store, { storage: access(blockedStorage), page: null });
    expect(persistence.outcome.kind).toBe('unavailable');
    expect(store.getState().notices.map((n) => n.level)).toEqual(['info']);
    store.getState().edit({ kind: 'setTitle', title: 'still works' });
    expect(store.getState().model.title).toBe('still works');
  });

  it('keeps working and says so once when the storage is full', () => {
    const storage = new FullStorage();
    const timer = manualDelay();
    const store = newStore();
    setupPersistence(store, { storage: access(storage), delay: timer.delay, page: null });
    for (const title of ['a', 'b', 'c']) {
      store.getState().edit({ kind: 'setTitle', title });
      timer.runAll();
    }
    expect(storage.writes).toBe(3);
    expect(store.getState().notices).toHaveLength(1);
    expect(store.getState().notices[0]?.text).toContain('the browser storage is full');
    expect(store.getState().model.title).toBe('c');
  });

  it('stop() stops saving', () => {
    const storage = new MemoryStorage();
    const timer = manualDelay();
    const store = newStore();
    setupPersistence(store, { storage: access(storage), delay: timer.delay, page: null }).stop();
    store.getState().edit({ kind: 'setTitle', title: 'x' });
    expect(timer.pending()).toBe(0);
  });

  it('restores a saved state written by encodeSavedState', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      savedStateKey,
      encodeSavedState(deep, {
        selection: 0,
        detail: 'detailed',
        stepIndex: 0,
        seed: 5,
        trainingMode: 'sample',
      }),
    );
    const store = newStore();
    setupPersistence(store, { storage: access(storage), page: null });
    expect(store.getState().seed).toBe(5);
  });
});

describe('browserStorage()', () => {
  const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
  afterEach(() => {
    if (original) Object.defineProperty(globalThis, 'localStorage', original);
    else Reflect.deleteProperty(globalThis, 'localStorage');
  });

  it('reports a SecurityError thrown by merely reading localStorage (a sandboxed iframe)', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('The document is sandboxed.', 'SecurityError');
      },
    });
    const found = browserStorage();
    expect(found.ok).toBe(false);
    const store = newStore();
    setupPersistence(store, { page: null });
    expect(store.getState().notices[0]?.text).toContain('does not allow storage here');
  });

  it('gives the storage when there is one', () => {
    const storage = new MemoryStorage();
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, value: storage });
    expect(browserStorage()).toEqual({ ok: true, storage });
  });
});
