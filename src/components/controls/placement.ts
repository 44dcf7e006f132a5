/** The margin kept between a popover (a menu, the share panel) and the window's edges, in CSS pixels. */
export const edge = 12;

/** A popover's left edge relative to its button's, so that a popover `maxWidth` wide fits in the window. */
export function panelOffset(button: Pick<DOMRect, 'left'>, windowWidth: number, maxWidth: number): number {
  const width = Math.min(maxWidth, windowWidth - 2 * edge);
  const left = Math.max(edge, Math.min(button.left, windowWidth - width - edge));
  return Math.round(left - button.left);
}
