/** The nearest ancestor that scrolls vertically, short of the page itself (the page is never scrolled for the card). */
function scrollingAncestor(element: HTMLElement): HTMLElement | undefined {
  for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight)
      return node;
  }
  return undefined;
}

/** Scrolls the card's pane (not the page) so the lines from `first` to `last` show, the top of `first` first. */
export function revealLines(first: HTMLElement, last: HTMLElement): void {
  const pane = scrollingAncestor(first);
  if (!pane) return;
  const margin = 12;
  const view = pane.getBoundingClientRect();
  const bottom = last.getBoundingClientRect().bottom;
  if (bottom > view.bottom) pane.scrollTop += bottom - view.bottom + margin;
  const top = first.getBoundingClientRect().top;
  if (top < view.top) pane.scrollTop -= view.top - top + margin;
}
