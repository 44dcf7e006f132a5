/** The nearest ancestor that scrolls vertically, short of the page itself (the page is never scrolled for the card). */
function scrollingAncestor(element: HTMLElement): HTMLElement | undefined {
  for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight)
      return node;
  }
  return undefined;
}

/** The blocks of the card a scroll should not cut in half: the title, the stages and each line. */
const blockSelector = '.card-title, .card-stages, .card-line';

/** What sticks at the top of the pane, each under the one before: its tabs, then the step's caption (panel.css). */
const stuckSelectors = ['[role="tablist"]', '.step-caption-bar'];

/**
 * The top of what shows of the pane once it has scrolled `delta` further down: under the tabs and the caption where
 * they stick at its top (each moves up with the scroll as far as its sticking place).
 */
function visibleTop(pane: HTMLElement, delta: number): number {
  let top = pane.getBoundingClientRect().top;
  for (const selector of stuckSelectors) {
    const box = pane.querySelector(selector)?.getBoundingClientRect();
    if (!box || box.height === 0) continue;
    const boxTop = Math.max(box.top - delta, top);
    if (boxTop <= top + 1) top = boxTop + box.height;
  }
  return top;
}

/**
 * Scrolls the card's pane (not the page) so the lines from `first` to `last` show, the top of `first` first; a
 * scroll down goes on past a block it would leave cut in half under the top, as long as `first` still shows.
 */
export function revealLines(first: HTMLElement, last: HTMLElement): void {
  const pane = scrollingAncestor(first);
  if (!pane) return;
  const margin = 12;
  const view = pane.getBoundingClientRect();
  const bottom = last.getBoundingClientRect().bottom;
  if (bottom > view.bottom) {
    let delta = bottom - view.bottom + margin;
    const top = visibleTop(pane, delta);
    const cut = [...pane.querySelectorAll(blockSelector)]
      .map((block) => block.getBoundingClientRect())
      .find((box) => box.top - delta < top && box.bottom - delta > top);
    const beyond = cut ? cut.bottom - delta - top : 0;
    if (first.getBoundingClientRect().top - delta - beyond >= top) delta += beyond;
    pane.scrollTop += delta;
  }
  const top = visibleTop(pane, 0);
  const firstTop = first.getBoundingClientRect().top;
  if (firstTop >= top) return showCutBlock(pane, first, last);
  // Back up to the first line; when the lines fit in what shows, with no more margin than keeps the last one shown.
  const lastBottom = last.getBoundingClientRect().bottom;
  const room = view.bottom - lastBottom;
  const fits = lastBottom - firstTop <= view.bottom - top;
  pane.scrollTop -= top - firstTop + (fits ? Math.min(margin, Math.max(0, room - (top - firstTop))) : margin);
}

/**
 * With the lines from `first` to `last` in view, a block cut in half under the top of the pane shows whole, or else
 * scrolls out of it, as far as the lines stay in view (the card's title cut across, at 400 × 600 in an embed).
 */
function showCutBlock(pane: HTMLElement, first: HTMLElement, last: HTMLElement): void {
  const top = visibleTop(pane, 0);
  const cut = [...pane.querySelectorAll(blockSelector)]
    .map((block) => block.getBoundingClientRect())
    .find((box) => box.top < top - 1 && box.bottom > top + 1);
  if (!cut) return;
  const below = pane.getBoundingClientRect().bottom - last.getBoundingClientRect().bottom;
  if (top - cut.top <= below) pane.scrollTop -= top - cut.top;
  else if (first.getBoundingClientRect().top - (cut.bottom - top) >= top) pane.scrollTop += cut.bottom - top;
}

/**
 * Reveals the lines from `first` to `last` once the browser has laid them out, and only if one of them is not wholly
 * visible (else it only mends a block cut across the pane's top). An IntersectionObserver says so from the frame's own
 * layout: nothing is measured in the middle of a step, which would force a layout of the whole page (the diagram
 * included) on every step. What comes after that layout (a term table's code, a KaTeX font) makes the lines taller: a
 * ResizeObserver on their list reveals them again then.
 * Gives the cancel function.
 */
export function revealWhenLaidOut(first: HTMLElement, last: HTMLElement): () => void {
  if (typeof IntersectionObserver === 'undefined') return () => undefined;
  const targets = new Set([first, last]);
  const hidden = new Map<Element, boolean>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) hidden.set(entry.target, entry.intersectionRatio < 1);
      if (hidden.size < targets.size) return;
      observer.disconnect();
      if ([...hidden.values()].some(Boolean)) revealLines(first, last);
      else {
        // In view already; but the pane may have been left cut across a block (a shorter card clamps its scroll).
        const pane = scrollingAncestor(first);
        if (pane) showCutBlock(pane, first, last);
      }
    },
    { threshold: 1 },
  );
  for (const target of targets) observer.observe(target);
  const list = first.parentElement;
  // The list's height as first laid out (a ResizeObserver reports it at once), then as it grows.
  let height: number | undefined;
  const resizes =
    list && typeof ResizeObserver !== 'undefined'
      ? new ResizeObserver(([entry]) => {
          const next = entry?.contentRect.height;
          if (height !== undefined && next !== height) revealLines(first, last);
          height = next;
        })
      : null;
  if (list) resizes?.observe(list);
  return () => {
    observer.disconnect();
    resizes?.disconnect();
  };
}
