import type { CardLine, TableRow } from '../../formulas';
import { useApp } from '../../store';
import type { RenderSegment } from './CardLines';
import { Term } from './Term';

/** One row of a table; a row about an impact path lights it (and is lit by it), as a term of a formula does. */
function Row({ row, columns, label }: { row: TableRow; columns: readonly string[]; label: string }) {
  const term = row.term;
  const focused = useApp((state) => term !== undefined && state.focusedTerm === term);
  const [first, ...rest] = row.cells;
  return (
    <tr className={focused ? 'is-focused' : undefined}>
      <th scope="row">
        {term === undefined ? (
          first
        ) : (
          <Term term={term} label={label}>
            {first}
          </Term>
        )}
      </th>
      {rest.map((cell, n) => (
        <td key={columns[n + 1] ?? n}>{cell}</td>
      ))}
    </tr>
  );
}

/**
 * A table of the card (the terms of a long sum, see maxWritten): the column headers set like the formulas, the
 * numbers as text, one row per term.
 */
export function TableContent({ line, render }: { line: CardLine; render: RenderSegment }) {
  const headers = line.segments;
  return (
    <table className="card-table">
      <thead>
        <tr>
          {headers.map((segment) => (
            <th key={segment.id} scope="col">
              {render(segment)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {(line.rows ?? []).map((row) => (
          <Row
            key={row.id}
            row={row}
            columns={headers.map((segment) => segment.id)}
            label={row.cells.map((cell, n) => `${headers[n]?.text ?? ''} = ${cell}`).join(', ')}
          />
        ))}
      </tbody>
    </table>
  );
}
