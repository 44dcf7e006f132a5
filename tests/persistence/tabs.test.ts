import { describe, expect, it } from 'vitest';
import { encodeSavedState, savedStateKey, setupPersistence, type StorageLike } from '../../src/persistence';
import { examplePreset } from '../../src/presets';
import { access, deep, manualDelay, MemoryStorage, newStore } from './fakes';

/** What another tab saved: the deep preset on step 4 of sample 2. */
const otherWork = encodeSavedState(deep, {
  selection: 1,
  detail: 'compact',
  stepIndex: 4,
  seed: 9,
  trainingMode: 'batch',
});

/** Another tab saving `text`: it writes the storage, and this tab's page hears a `storage` event. */
function otherTabSaves(storage: StorageLike, page: EventTarget, text: string, key = savedStateKey) {
  storage.setItem(key, text);
  page.dispatchEvent(Object.assign(new Event('storage'), { key, newValue: text }));
}

/** This tab, with persistence listening to a fake page, and the storage it shares with another tab. */
function thisTab() {
  const storage = new MemoryStorage();
  const timer = manualDelay();
  const page = new EventTarget();
  const store = newStore();
  const persistence = setupPersistence(store, { storage: access(storage), delay: timer.delay, page });
  return { storage, timer, page, store, persistence };
}

/** The title of the work in storage. */
const savedTitle = (storage: StorageLike) =>
  (JSON.parse(storage.getItem(savedStateKey) ?? '{}') as { savedModel?: { title: string } }).savedModel
    ?.title;

describe('work saved by another tab', () => {
  it('stops this tab saving over it, even when the page is hidden, and offers it', () => {
    const { storage, timer, page, store, persistence } = thisTab();
    store.getState().edit({ kind: 'setTitle', title: 'this tab' });
    otherTabSaves(storage, page, otherWork);
    store.getState().stepForward();
    timer.runAll();
    persistence.flush();
    expect(savedTitle(storage)).toBe(deep.title);
    expect(store.getState().newerWork?.model).toEqual(deep);
    expect(store.getState().model.title).toBe('this tab');
  });

  it('is overwritten by this tab once the user keeps this tab’s work', () => {
    const { storage, timer, page, store } = thisTab();
    otherTabSaves(storage, page, otherWork);
    store.getState().keepThisTabWork();
    expect(store.getState().newerWork).toBeNull();
    timer.runAll();
    expect(savedTitle(storage)).toBe(examplePreset.model.title);
  });

  it('opens as one step that Undo takes back, with its view, and this tab saves again', () => {
    const { storage, timer, page, store } = thisTab();
    otherTabSaves(storage, page, otherWork);
    store.getState().openNewerWork();
    expect(store.getState()).toMatchObject({
      model: deep,
      selection: 1,
      detail: 'compact',
      stepIndex: 4,
      seed: 9,
      trainingMode: 'batch',
      newerWork: null,
      canUndo: true,
    });
    store.getState().stepForward();
    timer.runAll();
    expect(JSON.parse(storage.getItem(savedStateKey) ?? '{}')).toMatchObject({ view: { stepIndex: 5 } });
    store.getState().undo();
    expect(store.getState().model).toBe(examplePreset.model);
  });

  it('is ignored when it is another key, removed, or unreadable', () => {
    const { storage, page, store } = thisTab();
    otherTabSaves(storage, page, otherWork, 'another-app/state');
    otherTabSaves(storage, page, '{"app": "neural-structure", "version": 1, "savedModel": 3}');
    page.dispatchEvent(Object.assign(new Event('storage'), { key: savedStateKey, newValue: null }));
    expect(store.getState().newerWork).toBeNull();
  });

  it('is found when persistence starts late (nothing was saved at start) and another tab saved meanwhile', () => {
    const storage = new MemoryStorage();
    const timer = manualDelay();
    const store = newStore();
    const since = store.getState();
    store.getState().edit({ kind: 'setTitle', title: 'this tab' });
    storage.setItem(savedStateKey, otherWork);
    setupPersistence(store, { storage: access(storage), delay: timer.delay, page: null, since });
    timer.runAll();
    expect(savedTitle(storage)).toBe(deep.title);
    expect(store.getState().newerWork?.model).toEqual(deep);
  });

  it('is no longer listened for once persistence stops', () => {
    const { storage, page, store, persistence } = thisTab();
    persistence.stop();
    otherTabSaves(storage, page, otherWork);
    expect(store.getState().newerWork).toBeNull();
  });
});
