/** The checks of link data that the app needs before any link is read (the link reader comes in its own chunk). */

/** True when a fragment is meant to be a link of this app ("#v1=…", or another version), even a broken one. */
export function looksLikeLink(fragment: string): boolean {
  return /^#?v\d/.test(fragment);
}

/** True for a whole number from 0 that JavaScript counts exactly. */
export const isIndex = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
