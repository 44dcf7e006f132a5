import { memo } from 'react';
import { sizes, withElement, type Band, type ColumnLayout, type DiagramLayout } from '../../layout';
import { selectElement, useApp } from '../../store';
import { MathText } from './MathText';

/**
 * The grey titles over the columns ("Developer", "L^k neurons") and, under each, what its boxes hold; over a band
 * shown while they stay at the top of a view that is further down the drawing (see ZoomSurface). A column whose
 * first box has a bias pill on its corner is marked, for presentation.css to grow its symbols clear of the pill.
 */
export const ColumnTitles = memo(function ColumnTitles({
  columns,
  y,
  band,
  bounds,
  biases,
}: {
  columns: readonly ColumnLayout[];
  y: number;
  band: Band;
  bounds: DiagramLayout['bounds'];
  biases: DiagramLayout['biases'];
}) {
  const element = useApp(selectElement);
  return (
    <g className="column-titles">
      <rect
        className="titles-band"
        x={bounds.x - bounds.width}
        y={band.top}
        width={3 * bounds.width}
        height={band.height}
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
