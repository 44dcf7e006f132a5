import { formatValue, mathWidth, overlaps, sizes, textWidth, type LabelBox } from '../../layout';
import type { ArrowSpec } from './arrows';

/** What placing a red arrow's label needs to know of the arrow. */
type Labelled = Pick<ArrowSpec, 'kind' | 'label' | 'below' | 'symbol' | 'product'>;

/** The distance between the centres of a label's two lines (the symbol, then the term's value). */
const lineGap = sizes.font.product * 1.2;

/**
 * Where the lines of a red arrow's label go (the y of each text's centre): above the arrow, the symbol over the
 * term's value; below it, for a level path, the symbol first and the value under it; beside the Loss, at its point.
 */
export function labelLines(arrow: Labelled): { readonly symbolY: number; readonly productY: number } {
  const { label, symbol, product } = arrow;
  if (arrow.below) return { symbolY: label.y, productY: symbol === null ? label.y : label.y + lineGap };
  const productY = label.y - (arrow.kind === 'loss' ? 0 : 16);
  return { symbolY: product === null ? productY : productY - lineGap, productY };
}

/** The box a red arrow's label takes on the drawing, padded a little so that two labels never touch. */
export function pathLabelBox(arrow: Labelled): LabelBox {
  const { symbolY, productY } = labelLines(arrow);
  const lines = [
    ...(arrow.symbol === null
      ? []
      : [{ y: symbolY, size: sizes.font.path, width: mathWidth(arrow.symbol, sizes.font.path) }]),
    ...(arrow.product === null
      ? []
      : [
          {
            y: productY,
            size: sizes.font.product,
            width: textWidth(formatValue(arrow.product), sizes.font.product),
          },
        ]),
  ];
  const top = Math.min(...lines.map((line) => line.y - line.size / 2));
  const bottom = Math.max(...lines.map((line) => line.y + line.size / 2));
  const width = Math.max(0, ...lines.map((line) => line.width)) + 6;
  return { x: arrow.label.x, y: (top + bottom) / 2, width, height: bottom - top + 2 };
}

/**
 * The arrows with `collapsed` set on each impact path's label that would overlap a label drawn before it (in the
 * order of the terms): that label shows only while its path or term is in focus.
 */
export function collapseOverlapping(arrows: readonly ArrowSpec[]): ArrowSpec[] {
  const drawn: LabelBox[] = [];
  return arrows.map((arrow) => {
    if (arrow.kind !== 'impact' || (arrow.symbol === null && arrow.product === null)) return arrow;
    const box = pathLabelBox(arrow);
    if (drawn.some((other) => overlaps(box, other))) return { ...arrow, collapsed: true };
    drawn.push(box);
    return arrow;
  });
}
