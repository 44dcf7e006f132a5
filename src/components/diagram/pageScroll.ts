/** The stepper bars that stick at the bottom of a page that scrolls (styles.css on short screens, embed.css). */
const barSelector = '.step-controls, .embed-controls';

/**
 * After a step, once the browser has drawn it (its layout is then read at no cost), scrolls the page down when its top
 * shows and the stepper bar covers the bottom of the diagram's frame: by as much as brings the frame over the bar,
 * its top no higher than the window's. On a phone held sideways the step's subject was under the bar until the
 * toolbar was scrolled away. A page scrolled down already (to the card) stays where it is. Gives the cancel function.
 */
export function bringFrameOverBar(frame: HTMLElement): () => void {
  const win = frame.ownerDocument.defaultView;
  if (!win) return () => undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const drawn = win.requestAnimationFrame(() => {
    timer = setTimeout(() => {
      const { top, bottom } = frame.getBoundingClientRect();
      const bar = frame.ownerDocument.querySelector(barSelector)?.getBoundingClientRect();
      const by = Math.min(top, bottom - Math.min(bar?.top ?? win.innerHeight, win.innerHeight));
      if (top <= 0 || by < 1) return;
      const still = win.matchMedia('(prefers-reduced-motion: reduce)').matches;
      win.scrollBy({ top: by, behavior: still ? 'instant' : 'smooth' });
    });
  });
  return () => {
    win.cancelAnimationFrame(drawn);
    clearTimeout(timer);
  };
}
