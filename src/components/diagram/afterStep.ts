import { bringFrameOverBar } from './pageScroll';

/**
 * Steps closer together than this (ms), as when → is held down or the play runs at 8 steps/s: a fade of the diagram
 * (180 ms) or the view's glide (450 ms) started at a step would be cut short by the next.
 */
export const fastStep = 150;

/** When the last step was taken, and the timer that ends a run of fast steps. */
let last = -Infinity;
let quiet: ReturnType<typeof setTimeout> | undefined;

/**
 * Marks the page (data-fast-steps on its root) while the steps come less than `fastStep` apart: the diagram then
 * changes at once (diagram.css), what still glides or fades jumps to its end, and no transition is started that the
 * next step would cancel (each one started and cancelled cost the main thread at every step). A step at a reading
 * pace fades and glides as before.
 */
function markFastSteps(root: HTMLElement): void {
  const now = performance.now();
  if (now - last < fastStep) root.dataset.fastSteps = '';
  last = now;
  clearTimeout(quiet);
  quiet = setTimeout(() => delete root.dataset.fastSteps, fastStep);
}

/** What a step taken does to the page around the diagram's frame; gives the cancel function. */
export function afterStep(frame: HTMLElement): () => void {
  markFastSteps(frame.ownerDocument.documentElement);
  return bringFrameOverBar(frame);
}
