import type { LabelBox } from './edgeLabels';
import type { DiagramLayout } from './geometry';
import { mathWidth, withElement } from './math';
import { sizes } from './sizes';

/** Where a text of `width` centred at `x` reaches across once grown `scale` times from its left side or its centre. */
function grownSpan(x: number, width: number, scale: number, from: 'left' | 'center') {
  const left = from === 'left' ? x - width / 2 : x - (width * scale) / 2;
  return { left, right: left + width * scale };
}

/**
 * The boxes the column titles take on their band at the layout's label scale: each column's title and the symbols
 * under it, grown as presentation.css grows them (the first column's rightwards, the symbols over a column of biases
 * from 10 units right of their left, at most 1.6 times), with a batch element's index in the symbols. Between two of
 * them the band is empty.
 */
export function titleBoxes({ columns, biases, titles, labelScale: scale }: DiagramLayout): LabelBox[] {
  return columns.map((column) => {
    const from = column.k === 0 ? 'left' : 'center';
    const title = grownSpan(column.x, mathWidth(column.title, sizes.font.title) + 8, scale, from);
    const symbolsWidth = mathWidth(withElement(column.symbols, 1), sizes.font.symbols) + 8;
    const hasBiases = scale > 1 && biases.some((bias) => bias.k === column.k);
    const symbols = hasBiases
      ? grownSpan(column.x + 10, symbolsWidth, Math.min(scale, 1.6), 'left')
      : grownSpan(column.x, symbolsWidth, scale, from);
    const [left, right] = [Math.min(title.left, symbols.left), Math.max(title.right, symbols.right)];
    return {
      x: (left + right) / 2,
      y: titles.top + titles.height / 2,
      width: right - left,
      height: titles.height,
    };
  });
}
