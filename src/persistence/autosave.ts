import type { StoreApi } from 'zustand/vanilla';
import type { AppState } from '../store';
import { encodeSavedState, type SavedView } from './savedState';
import { savedStateKey } from './key';
import { storageErrorReason, type StorageLike } from './storage';

/** Runs a task after `ms` milliseconds and gives a function that cancels it (setTimeout in the app). */
export type Delay = (task: () => void, ms: number) => () => void;

/** The browser's timer as a Delay. */
export const timeoutDelay: Delay = (task, ms) => {
  const id = setTimeout(task, ms);
  return () => clearTimeout(id);
};

/** Saving runs this long after the last change. */
export const saveDelayMs = 300;

/** What is saved of the state: the model and the view. */
export function savedViewOf(state: AppState): SavedView {
  return {
    selection: state.selection,
    detail: state.detail,
    stepIndex: state.stepIndex,
    seed: state.seed,
    trainingMode: state.trainingMode,
  };
}

/** True when something that is saved changed. */
const changed = (state: AppState, previous: AppState): boolean =>
  state.model !== previous.model ||
  state.selection !== previous.selection ||
  state.detail !== previous.detail ||
  state.stepIndex !== previous.stepIndex ||
  state.seed !== previous.seed ||
  state.trainingMode !== previous.trainingMode;

/** Options of autosave. */
export interface AutosaveOptions {
  readonly delay?: Delay;
  readonly debounceMs?: number;
  /** Called when a save fails, with the reason in plain words. */
  readonly onError?: (reason: string) => void;
  /** The state the storage already matches (autosave starting late): a change made since then is saved too. */
  readonly since?: AppState;
}

/** A running autosave. */
export interface Autosave {
  /** Saves now if a save is pending (e.g. when the page is hidden). */
  readonly flush: () => void;
  /** Stops saving (a pending save is dropped). */
  readonly stop: () => void;
}

/**
 * Saves the model and view to storage as the user works, ~300 ms after the last change, except while another tab's
 * newer work waits for the user's choice (then once it is made). Never throws.
 */
export function startAutosave(
  store: Pick<StoreApi<AppState>, 'getState' | 'subscribe'>,
  storage: StorageLike,
  options: AutosaveOptions = {},
): Autosave {
  const delay = options.delay ?? timeoutDelay;
  const ms = options.debounceMs ?? saveDelayMs;
  let cancel: (() => void) | null = null;
  const save = () => {
    cancel = null;
    const state = store.getState();
    // Another tab saved newer work: this tab does not overwrite it until the user chooses.
    if (state.newerWork !== null) return;
    try {
      storage.setItem(savedStateKey, encodeSavedState(state.model, savedViewOf(state)));
    } catch (error) {
      options.onError?.(storageErrorReason(error));
    }
  };
  const later = () => {
    cancel?.();
    cancel = delay(save, ms);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    const chosen = previous.newerWork !== null && state.newerWork === null;
    if (changed(state, previous) || chosen) later();
  });
  if (options.since && changed(store.getState(), options.since)) later();
  return {
    flush: () => {
      if (cancel === null) return;
      cancel();
      save();
    },
    stop: () => {
      cancel?.();
      cancel = null;
      unsubscribe();
    },
  };
}
