import { memo } from 'react';
import { sizes, withElement, type ColumnLayout, type DiagramLayout } from '../../layout';
import { selectElement, useApp } from '../../store';
import { MathText } from './MathText';

/** The band behind the titles, from its top to the titles' baseline and from the baseline to its bottom. */
const band = { above: 26, below: 36 };

/** The top of the column titles' band, for titles whose baseline is at `y`. */
export const titlesTop = (y: number): number => y - band.above;

/**
 * The grey titles over the columns ("Developer", "L^k neurons") and, under each, what its boxes hold; over a band
 * shown while they stay at the top of a view that is further down the drawing (see ZoomSurface).
 */
export const ColumnTitles = memo(function ColumnTitles({
  columns,
  y,
  bounds,
}: {
  columns: readonly ColumnLayout[];
  y: number;
  bounds: DiagramLayout['bounds'];
}) {
  const element = useApp(selectElement);
  return (
    <g className="column-titles">
      <rect
        className="titles-band"
        x={bounds.x - bounds.width}
        y={titlesTop(y)}
        width={3 * bounds.width}
        height={band.above + band.below}
      />
      {columns.map((column) => (
        <g key={column.id} data-testid="column-title" data-id={column.id}>
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
