/** The stepper bars that stick at the bottom of a page that scrolls (styles.css on short screens, embed.css). */
const barSelector = '.step-controls, .embed-controls';

/**
 * The page's stepper bar, looked up once while it stays in the page: a lookup goes through the whole drawing before
 * the bar (on 8 × 16, some ten thousand elements: 0.3 ms of every step).
 */
let bar: Element | null = null;

/** The stepper bar of `document`, or null for a page without one. */
function barOf(document: Document): Element | null {
  if (!bar?.isConnected || bar.ownerDocument !== document) bar = document.querySelector(barSelector);
  return bar;
}

/**
 * After a step, once the browser has laid it out, scrolls the page down when its top shows and the stepper bar covers
 * the bottom of the diagram's frame: by as much as brings the frame over the bar, its top no higher than the window's.
 * On a phone held sideways the step's subject was under the bar until the toolbar was scrolled away. A page scrolled
 * down already (to the card) stays where it is. An IntersectionObserver gives where both are from the frame's own
 * layout: nothing is measured in between, which would lay out again the page a step changed (with a view still
 * gliding, restyle it too). Gives the cancel function.
 */
export function bringFrameOverBar(frame: HTMLElement): () => void {
  const win = frame.ownerDocument.defaultView;
  if (!win || typeof win.IntersectionObserver === 'undefined') return () => undefined;
  const stepper = barOf(frame.ownerDocument);
  const boxes = new Map<Element, DOMRectReadOnly>();
  const observer = new win.IntersectionObserver((entries) => {
    for (const entry of entries) boxes.set(entry.target, entry.boundingClientRect);
    const box = boxes.get(frame);
    const barBox = stepper ? boxes.get(stepper) : undefined;
    if (!box || (stepper && !barBox)) return;
    observer.disconnect();
    const by = Math.min(box.top, box.bottom - Math.min(barBox?.top ?? win.innerHeight, win.innerHeight));
    if (box.top <= 0 || by < 1) return;
    const still = win.matchMedia('(prefers-reduced-motion: reduce)').matches;
    win.scrollBy({ top: by, behavior: still ? 'instant' : 'smooth' });
  });
  observer.observe(frame);
  if (stepper) observer.observe(stepper);
  return () => observer.disconnect();
}
