import type { StoreApi } from 'zustand/vanilla';
import type { AppState } from '../store';
import { lazyCode } from '../lazy/code';
import { savedStateKey } from './key';
import type { PersistenceOptions } from './setup';
import type { StorageAccess } from './storage';

/** The code that reads and writes saved work (with the model-file parser and writer), in a chunk of its own. */
export const persistenceCode = lazyCode(() => import('./setup'));

/** How the app starts persistence: when to set it up if there is no hurry, and (for tests) its code and storage. */
export interface StartOptions extends Omit<PersistenceOptions, 'since'> {
  /** Runs a task after the first frame. */
  readonly later: (task: () => void) => void;
  readonly load?: () => Promise<Pick<typeof import('./setup'), 'setupPersistence'>>;
}

/** The notice shown when the code of persistence cannot be loaded. */
const unloadedText =
  'Your work cannot be kept in this browser right now: part of the app could not be loaded (check the connection, then reload the page). Work saved before is kept; use "Save file" meanwhile.';

/**
 * True when the storage (the browser's localStorage unless given) can be read and holds no saved work: nothing to
 * restore, nothing to tell. Merely reading `localStorage` may throw (a sandboxed frame): that is not "nothing".
 */
function nothingSaved(storage: (() => StorageAccess) | undefined): boolean {
  try {
    const access: StorageAccess = storage ? storage() : { ok: true, storage: globalThis.localStorage };
    return access.ok && access.storage.getItem(savedStateKey) === null;
  } catch {
    return false;
  }
}

/**
 * Persistence for the app, without the model-file parser in the first chunk. When the storage holds saved work (or
 * fails), persistence is loaded and set up before the promise resolves, so that the first frame shows the work (or
 * the notice saying why not). When it holds nothing, there is nothing to restore: persistence is set up after the
 * first frame, and then saves what changed meanwhile (a link opened at start-up, a first edit). Never rejects.
 */
export function startPersistence(store: StoreApi<AppState>, options: StartOptions): Promise<void> {
  const { later, load = persistenceCode.load, ...rest } = options;
  const since = store.getState();
  const setUp = (late: boolean) =>
    load().then(
      ({ setupPersistence }) => {
        setupPersistence(store, { ...rest, ...(late ? { since } : {}) });
      },
      () => {
        store.getState().notify({ level: 'warning', text: unloadedText, key: 'storage' });
      },
    );
  if (!nothingSaved(options.storage)) return setUp(false);
  later(() => void setUp(true));
  return Promise.resolve();
}
