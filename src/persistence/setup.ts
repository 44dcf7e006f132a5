import type { StoreApi } from 'zustand/vanilla';
import type { AppState } from '../store';
import { startAutosave, type Delay } from './autosave';
import { loadSavedState, otherTabWork, workSavedMeanwhile, type LoadOutcome } from './load';
import { browserStorage, type StorageAccess } from './storage';

/** Where persistence finds its storage, timer and page events (the browser's by default; fakes in tests). */
export interface PersistenceOptions {
  readonly storage?: () => StorageAccess;
  readonly delay?: Delay;
  readonly debounceMs?: number;
  /** Where to listen for the page being hidden (to save at once) and for other tabs' saves (none in tests). */
  readonly page?: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
  /**
   * The state the app started on, when it found no saved work and sets persistence up later (see start.ts): nothing
   * is read then, and what changed since that state is saved.
   */
  readonly since?: AppState;
}

/** Persistence once set up: what was found at start, and how to save now or stop. */
export interface Persistence {
  readonly outcome: LoadOutcome;
  readonly flush: () => void;
  readonly stop: () => void;
}

/** A persistence that does nothing (no storage). */
const none = (outcome: LoadOutcome): Persistence => ({
  outcome,
  flush: () => undefined,
  stop: () => undefined,
});

/** The notice shown (once) when work cannot be kept in this browser. */
const noStorageText = (reason: string) =>
  `Your work is not kept in this browser (${reason}): use "Save file" to keep it.`;

/**
 * Restores the saved work into the store (or says why it cannot) and saves the work as the user goes.
 * Call once at start-up, before the first render. Storage that fails never breaks the app: it then runs without
 * persistence and says so once, discreetly.
 */
export function setupPersistence(store: StoreApi<AppState>, options: PersistenceOptions = {}): Persistence {
  const notify = store.getState().notify;
  const access = (options.storage ?? browserStorage)();
  if (!access.ok) {
    notify({ level: 'info', text: noStorageText(access.reason), key: 'storage' });
    return none({ kind: 'unavailable', reason: access.reason });
  }
  const outcome: LoadOutcome = options.since ? { kind: 'empty' } : loadSavedState(access.storage);
  if (outcome.kind === 'unavailable') {
    notify({ level: 'info', text: noStorageText(outcome.reason), key: 'storage' });
    return none(outcome);
  }
  if (outcome.kind === 'restored') store.getState().restoreSession(outcome.model, outcome.view);
  // Set up late, this tab has saved nothing yet: work in storage now was saved by another tab meanwhile.
  const meanwhile = options.since ? workSavedMeanwhile(access.storage) : null;
  if (meanwhile !== null) store.getState().noticeNewerWork(meanwhile);
  if (outcome.kind === 'unreadable') {
    if (outcome.keptAs === null) {
      const text = `Your saved work could not be read (${outcome.reason}) nor set aside, so it is left as it is and this session is not saved.`;
      notify({ level: 'warning', text, key: 'storage' });
      return none(outcome);
    }
    const text = `Your saved work could not be read (${outcome.reason}). It was kept aside under "${outcome.keptAs}" and the app opened on its default model.`;
    notify({ level: 'warning', text, key: 'saved-work' });
  }
  let told = false;
  const autosave = startAutosave(store, access.storage, {
    ...(options.delay ? { delay: options.delay } : {}),
    ...(options.debounceMs === undefined ? {} : { debounceMs: options.debounceMs }),
    ...(options.since ? { since: options.since } : {}),
    onError: (reason) => {
      if (told) return;
      told = true;
      notify({ level: 'info', text: noStorageText(reason), key: 'storage' });
    },
  });
  const page = options.page === undefined ? (typeof window === 'undefined' ? null : window) : options.page;
  const onHide = () => autosave.flush();
  const onStorage = (event: Event) => {
    const work = otherTabWork(event);
    if (work !== null) store.getState().noticeNewerWork(work);
  };
  page?.addEventListener('pagehide', onHide);
  page?.addEventListener('storage', onStorage);
  return {
    outcome,
    flush: autosave.flush,
    stop: () => {
      page?.removeEventListener('pagehide', onHide);
      page?.removeEventListener('storage', onStorage);
      autosave.stop();
    },
  };
}
