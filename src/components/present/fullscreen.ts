/** Full screen for presenting: the Fullscreen API on the app's root, with a clear message when it is refused. */

/** What the user is told when the browser (or the page embedding the app) refuses full screen. */
export const fullscreenRefused =
  'Full screen was refused by the browser (or by the page that embeds this app). Use the browser’s own full-screen key instead (F11, or Ctrl+⌘+F on a Mac).';

/** The element shown full screen: the app's root, so that its dialogs and the blackout come along. */
const rootOf = (doc: Document): Element => doc.getElementById('root') ?? doc.documentElement;

/** True while the page shows an element full screen. */
export const isFullscreen = (doc: Document = document): boolean => doc.fullscreenElement != null;

/**
 * Enters full screen on the app's root, or leaves it; `onRefused` gets a message when the browser says no (no
 * Fullscreen API, a frame without allowfullscreen, no user gesture). Never throws.
 */
export function toggleFullscreen(onRefused: (message: string) => void, doc: Document = document): void {
  if (isFullscreen(doc)) {
    doc.exitFullscreen().catch(() => undefined);
    return;
  }
  const root = rootOf(doc);
  if (!doc.fullscreenEnabled || typeof root.requestFullscreen !== 'function') {
    onRefused(fullscreenRefused);
    return;
  }
  root.requestFullscreen().catch(() => onRefused(fullscreenRefused));
}

/** Leaves full screen if the page is in it (when presentation mode ends). */
export function leaveFullscreen(doc: Document = document): void {
  if (isFullscreen(doc)) doc.exitFullscreen().catch(() => undefined);
}

/** Subscribes to full-screen changes (for useSyncExternalStore). */
export function onFullscreenChange(callback: () => void, doc: Document = document): () => void {
  doc.addEventListener('fullscreenchange', callback);
  return () => doc.removeEventListener('fullscreenchange', callback);
}
