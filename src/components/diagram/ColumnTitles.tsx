import { memo } from 'react';
import { sizes, withElement, type ColumnLayout, type DiagramLayout } from '../../layout';
import { selectElement, useApp } from '../../store';
import { MathText } from './MathText';

/** The band behind the titles, from its top to the titles' baseline and from the baseline to its bottom. */
const band = { above: 26, below: 36 };

/** The heights of a title and of the line of symbols under it, superscripts included, at their normal size. */
const heights = { title: 30, symbols: 22 };

/**
 * The band at a label scale (presenting): the titles grow upwards from their bottom and the symbols downwards from
 * their top (see presentation.css), so its top rises by what the titles grow and its bottom goes down by what the
 * symbols grow.
 */
const bandAt = (labelScale: number) => ({
  above: band.above + heights.title * (labelScale - 1),
  below: band.below + heights.symbols * (labelScale - 1),
});

/** The top of the column titles' band, for titles whose baseline is at `y`, at a label scale. */
export const titlesTop = (y: number, labelScale = 1): number => y - bandAt(labelScale).above;

/**
 * The grey titles over the columns ("Developer", "L^k neurons") and, under each, what its boxes hold; over a band
 * shown while they stay at the top of a view that is further down the drawing (see ZoomSurface). A column whose
 * first box has a bias pill on its corner is marked, for presentation.css to grow its symbols clear of the pill.
 */
export const ColumnTitles = memo(function ColumnTitles({
  columns,
  y,
  bounds,
  biases,
  labelScale,
}: {
  columns: readonly ColumnLayout[];
  y: number;
  bounds: DiagramLayout['bounds'];
  biases: DiagramLayout['biases'];
  labelScale: number;
}) {
  const element = useApp(selectElement);
  const { above, below } = bandAt(labelScale);
  return (
    <g className="column-titles">
      <rect
        className="titles-band"
        x={bounds.x - bounds.width}
        y={y - above}
        width={3 * bounds.width}
        height={above + below}
      />
      {columns.map((column) => (
        <g
          key={column.id}
          className={biases.some((bias) => bias.k === column.k) ? 'has-biases' : undefined}
          data-testid="column-title"
          data-id={column.id}
        >
          <text className="column-title" x={column.x} y={y} fontSize={sizes.font.title}>
            <MathText source={column.title} />
          </text>
          <text className="column-symbols" x={column.x} y={y + 25} fontSize={sizes.font.symbols}>
            <MathText source={withElement(column.symbols, element)} />
          </text>
        </g>
      ))}
    </g>
  );
});
