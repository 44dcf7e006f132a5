import {
  boldWidth,
  formatValue,
  lineExtent,
  mathExtent,
  mathWidth,
  sizes,
  textWidth,
  type DiagramLayout,
  type LabelBox,
} from '../../layout';
import type { ArrowSpec } from './arrows';

/** What placing a red arrow's label needs to know of the arrow. */
type Labelled = Pick<ArrowSpec, 'kind' | 'label' | 'below' | 'symbol' | 'product' | 'labelScale'>;

/** How far the value line reaches above and below its centre. */
const productExtent = sizes.font.product * lineExtent;

/** How far a label's symbol reaches above and below its centre (a script reaches further). */
const symbolExtent = (symbol: string | null) =>
  symbol === null ? { above: 0, below: 0 } : mathExtent(symbol, sizes.font.path);

/** How far above its arrow's point the lowest line of a label ends, clear of the red stroke. */
export const clearance = 6;

/** The distance between the centres of a label's two lines: the symbol's subscript clear of the value under it. */
const lineGap = (symbol: string | null): number => symbolExtent(symbol).below + productExtent + 1;

/**
 * Where the lines of a red arrow's label go (the y of each text's centre): above the arrow, the symbol over the
 * term's value; below it, for a level path, the symbol first and the value under it; beside the Loss, at its point.
 */
export function labelLines(arrow: Labelled): { readonly symbolY: number; readonly productY: number } {
  const { label, symbol, product } = arrow;
  if (arrow.below)
    return { symbolY: label.y, productY: symbol === null ? label.y : label.y + lineGap(symbol) };
  if (arrow.kind === 'loss') return { symbolY: label.y - lineGap(symbol), productY: label.y };
  // Above the arrow, the lowest line ends `clearance` above its point.
  const productY = label.y - clearance - productExtent;
  const symbolY =
    product === null ? label.y - clearance - symbolExtent(symbol).below : productY - lineGap(symbol);
  return { symbolY, productY };
}

/** The side a label's line grows from as presentation.css grows it. */
type Origin = 'top' | 'center' | 'bottom';

/**
 * The lines of a red arrow's label on the drawing, at their normal size: each one's top, bottom and width, and the
 * side it grows from (a symbol over a value grows upwards and the value downwards; a single line around its centre).
 */
function labelLineBoxes(arrow: Labelled) {
  const { symbolY, productY } = labelLines(arrow);
  const extent = symbolExtent(arrow.symbol);
  const lines: { top: number; bottom: number; width: number; origin: Origin }[] = [];
  if (arrow.symbol !== null)
    lines.push({
      top: symbolY - extent.above,
      bottom: symbolY + extent.below,
      width: mathWidth(arrow.symbol, sizes.font.path),
      origin: arrow.product === null ? 'center' : 'bottom',
    });
  if (arrow.product !== null)
    lines.push({
      top: productY - productExtent,
      bottom: productY + productExtent,
      width: textWidth(formatValue(arrow.product), sizes.font.product) * boldWidth,
      origin: 'top',
    });
  return lines;
}

/** The top and bottom of lines together. */
const extentOf = (lines: readonly { top: number; bottom: number }[]) => ({
  top: Math.min(...lines.map((line) => line.top)),
  bottom: Math.max(...lines.map((line) => line.bottom)),
});

/**
 * The box a red arrow's label takes on the drawing, its lines grown `scale` times (or by the label's own scale) as
 * presentation.css grows them (around their centre across), padded a little, in proportion, so that two labels never
 * touch.
 */
export function pathLabelBox(arrow: Labelled, layoutScale = 1): LabelBox {
  const scale = arrow.labelScale ?? layoutScale;
  const { top, bottom } = grownLabelExtent(arrow, scale);
  const width = (Math.max(0, ...labelLineBoxes(arrow).map((line) => line.width)) + 6) * scale;
  return { x: arrow.label.x, y: (top + bottom) / 2, width, height: bottom - top + 2 };
}

/**
 * How far a red arrow's label reaches up and down once its lines grow `scale` times (or by the label's own scale) as
 * presentation.css grows them.
 */
export function grownLabelExtent(
  arrow: Labelled,
  layoutScale: number,
): { readonly top: number; readonly bottom: number } {
  const scale = arrow.labelScale ?? layoutScale;
  return extentOf(
    labelLineBoxes(arrow).map(({ top, bottom, origin }) => {
      const from = origin === 'top' ? top : origin === 'bottom' ? bottom : (top + bottom) / 2;
      return { top: from - (from - top) * scale, bottom: from + (bottom - from) * scale };
    }),
  );
}

/**
 * The space kept between two labels of the Loss's arrows at a label scale: a unit at their normal size, and more as
 * they grow (the text boxes of larger fonts reach a little past the extents measured here).
 */
const lossLabelGap = (scale: number): number => 1 + 2 * (scale - 1);

/**
 * Places the labels of the Loss's arrows at the layout's label scale, one above the other beside their lines: from
 * the one nearest the Loss up, each keeps its place or moves up clear of the one under it; one that would leave the
 * drawing is not drawn (`collapsed`: the outputs' boxes and the card give its value).
 */
export function placeLossLabels(arrows: readonly ArrowSpec[], layout: DiagramLayout): ArrowSpec[] {
  let ceiling = Infinity;
  const placed = new Map<ArrowSpec, ArrowSpec>();
  for (const arrow of [...arrows].sort((a, b) => b.label.y - a.label.y)) {
    const { top, bottom } = grownLabelExtent(arrow, layout.labelScale);
    const dy = Math.min(0, ceiling - lossLabelGap(layout.labelScale) - bottom);
    if (top + dy < layout.bounds.y) {
      placed.set(arrow, { ...arrow, collapsed: true });
      continue;
    }
    ceiling = top + dy;
    placed.set(arrow, dy === 0 ? arrow : { ...arrow, label: { ...arrow.label, y: arrow.label.y + dy } });
  }
  return arrows.map((arrow) => placed.get(arrow) ?? arrow);
}
