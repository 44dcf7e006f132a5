import type { Model } from '../engine';
import type { OtherTabWork } from '../store';
import { asideKeys, decodeSavedState, type Migration, type SavedView } from './savedState';
import { savedStateKey } from './key';
import { storageErrorReason, type StorageLike } from './storage';

/** What was found in storage when the app started. */
export type LoadOutcome =
  /** Nothing saved yet. */
  | { readonly kind: 'empty' }
  | { readonly kind: 'restored'; readonly model: Model; readonly view: SavedView }
  /** Saved work that could not be read, set aside under `keptAs` (null when even that failed). */
  | { readonly kind: 'unreadable'; readonly reason: string; readonly keptAs: string | null }
  /** The storage itself failed. */
  | { readonly kind: 'unavailable'; readonly reason: string };

/** Copies unreadable saved work under the first free aside key (the last one when all are taken); gives that key. */
function setAside(storage: StorageLike, text: string): string | null {
  try {
    const key = asideKeys.find((candidate) => storage.getItem(candidate) === null) ?? asideKeys.at(-1);
    if (key === undefined) return null;
    storage.setItem(key, text);
    return key;
  } catch {
    return null;
  }
}

/** Reads the saved work; unreadable work is set aside (not deleted) so that the app can start on its default. */
export function loadSavedState(
  storage: StorageLike,
  table?: Readonly<Record<number, Migration>>,
): LoadOutcome {
  let text: string | null;
  try {
    text = storage.getItem(savedStateKey);
  } catch (error) {
    return { kind: 'unavailable', reason: storageErrorReason(error) };
  }
  if (text === null) return { kind: 'empty' };
  const decoded = decodeSavedState(text, table);
  if (decoded.ok) return { kind: 'restored', model: decoded.model, view: decoded.view };
  return { kind: 'unreadable', reason: decoded.reason, keptAs: setAside(storage, text) };
}

/** The work another tab saved, from a `storage` event; null for another key, removed or unreadable work. */
export function otherTabWork(event: Event): OtherTabWork | null {
  if (!('key' in event && 'newValue' in event) || event.key !== savedStateKey) return null;
  if (typeof event.newValue !== 'string') return null;
  const decoded = decodeSavedState(event.newValue);
  return decoded.ok ? { model: decoded.model, view: decoded.view } : null;
}

/** Work another tab saved before this one started saving (it found none at start), or null. */
export function workSavedMeanwhile(storage: StorageLike): OtherTabWork | null {
  const found = loadSavedState(storage);
  return found.kind === 'restored' ? { model: found.model, view: found.view } : null;
}
