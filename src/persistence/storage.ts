/** The part of the Web Storage API the app uses: a fake in tests, localStorage in the browser. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Storage that can be used, or why it cannot. */
export type StorageAccess =
  { readonly ok: true; readonly storage: StorageLike } | { readonly ok: false; readonly reason: string };

/** Why a storage call failed, in plain words (quota, blocked, or the error's name). */
export function storageErrorReason(error: unknown): string {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED')
    return 'the browser storage is full';
  if (name === 'SecurityError')
    return 'the browser does not allow storage here (private mode or an embedded page)';
  return name === '' ? 'the browser storage failed' : `the browser storage failed (${name})`;
}

/**
 * The browser's localStorage, or why it is unavailable. Merely reading `window.localStorage` throws a
 * SecurityError in sandboxed or cross-site iframes, so the access itself is guarded.
 */
export function browserStorage(): StorageAccess {
  try {
    const storage = globalThis.localStorage as StorageLike | undefined;
    if (storage === undefined || storage === null)
      return { ok: false, reason: 'this browser has no storage' };
    return { ok: true, storage };
  } catch (error) {
    return { ok: false, reason: storageErrorReason(error) };
  }
}
