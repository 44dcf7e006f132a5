import { memo } from 'react';
import { sizes, type ColumnLayout } from '../../layout';
import { MathText } from './MathText';

/** The grey titles over the columns ("Developer", "L^k neurons") and, under each, what its boxes hold. */
export const ColumnTitles = memo(function ColumnTitles({
  columns,
  y,
}: {
  columns: readonly ColumnLayout[];
  y: number;
}) {
  return (
    <g className="column-titles">
      {columns.map((column) => (
        <g key={column.id} data-testid="column-title" data-id={column.id}>
          <text className="column-title" x={column.x} y={y} fontSize={sizes.font.title}>
            <MathText source={column.title} />
          </text>
          <text className="column-symbols" x={column.x} y={y + 25} fontSize={sizes.font.symbols}>
            <MathText source={column.symbols} />
          </text>
        </g>
      ))}
    </g>
  );
});
