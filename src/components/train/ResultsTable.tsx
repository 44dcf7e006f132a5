import { useState, type ReactNode } from 'react';
import type { ResultRow } from '../../engine';
import { formatValue } from '../../layout';
import { formatTruth, formatVector } from '../controls/format';
import { Sym } from './Sym';
import './tables.css';

/** Samples shown before "Show all". */
const shortLength = 12;

/** o^n: a scalar for a single output, else a vector (shortened with an ellipsis past 3 outputs). */
function formatOutput(values: readonly number[]): string {
  if (values.length === 1) return formatValue(values[0] ?? NaN);
  const shown = values.length > 3 ? [...values.slice(0, 2).map(formatValue), '…'] : values.map(formatValue);
  return `(${shown.join(', ')})`;
}

/** Number of right results, as "2 of 3". */
const score = (rows: readonly ResultRow[]): string =>
  `${rows.filter((row) => row.correct).length} of ${rows.length}`;

/**
 * The cells of one result: o^n, result (o^n thresholded at 0.5), y^truth (`truth`: the first row's cell spans the
 * sample's rows), loss, and correct? (a symbol and a word).
 */
function ResultCells({
  row,
  was,
  truth,
}: {
  readonly row: ResultRow;
  readonly was?: ResultRow | undefined;
  readonly truth: ReactNode;
}) {
  const changed = was !== undefined && was.correct !== row.correct;
  return (
    <>
      <td className="num" data-testid="cell-o" title={String(row.output)}>
        {formatOutput(row.output)}
      </td>
      <td className="num" data-testid="cell-result">
        {formatTruth(row.result)}
      </td>
      {truth}
      <td className="num" data-testid="cell-loss" title={String(row.loss)}>
        {formatValue(row.loss)}
      </td>
      <td className={row.correct ? 'result-right' : 'result-wrong'} data-testid="cell-correct">
        {row.correct ? '✓ yes' : '✗ no'}
        {changed && <small className="result-was">{` (was ${was.correct ? '✓' : '✗'})`}</small>}
      </td>
    </>
  );
}

/**
 * The series' results table for every sample: o^n, result (thresholded at 0.5), y^truth, loss, correct?. After a
 * run, each sample (its x and y^truth as a heading) shows its result before the run right above its result after
 * it; before any run, the model's table now.
 */
export function ResultsTable({
  n,
  before,
  after,
}: {
  /** The number of layers: the output is o^n. */
  readonly n: number;
  readonly before: readonly ResultRow[];
  readonly after: readonly ResultRow[] | null;
}) {
  const [all, setAll] = useState(false);
  const shown = before.slice(0, all ? before.length : shortLength);
  const o = <Sym base="o" sup={String(n)} />;
  const truth = <Sym base="y" sup="truth" />;
  return (
    <div className="results" data-testid="results-table">
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Results table">
        {after ? (
          <table className="train-table results-table results-compared">
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">training</span>
                </th>
                <th scope="col" className="num">
                  {o}
                </th>
                <th scope="col" className="num" title="o thresholded at 0.5: below is 0, else 1">
                  result
                </th>
                <th scope="col" className="num">
                  loss
                </th>
                <th scope="col">correct?</th>
              </tr>
            </thead>
            {shown.map((row, s) => {
              const later = after[s];
              return (
                // A sample's id is its position in the dataset.
                <tbody key={`sample-${s}`} className="results-group">
                  <tr>
                    <th scope="rowgroup" colSpan={5} className="results-sample-head">
                      {`sample ${s + 1}: x = ${formatVector(row.x, 4)}, `}
                      {truth}
                      {` = ${formatTruth(row.truth)}`}
                    </th>
                  </tr>
                  <tr data-testid="results-before">
                    <th scope="row" className="results-when">
                      before
                    </th>
                    <ResultCells row={row} truth={null} />
                  </tr>
                  {later && (
                    <tr data-testid="results-after">
                      <th scope="row" className="results-when results-when-after">
                        after
                      </th>
                      <ResultCells row={later} was={row} truth={null} />
                    </tr>
                  )}
                </tbody>
              );
            })}
          </table>
        ) : (
          <table className="train-table results-table">
            <thead>
              <tr>
                <th scope="col" className="results-sample">
                  sample
                  <small>x</small>
                </th>
                <th scope="col" className="num">
                  {o}
                </th>
                <th scope="col" className="num" title="o thresholded at 0.5: below is 0, else 1">
                  result
                </th>
                <th scope="col" className="num">
                  {truth}
                </th>
                <th scope="col" className="num">
                  loss
                </th>
                <th scope="col">correct?</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row, s) => (
                // A sample's id is its position in the dataset.
                <tr key={`sample-${s}`} data-testid="results-now">
                  <th scope="row" className="results-sample">
                    {s + 1}
                    <small>{formatVector(row.x, 3)}</small>
                  </th>
                  <ResultCells row={row} truth={<td className="num">{formatTruth(row.truth)}</td>} />
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <p className="train-note" data-testid="results-score">
        {after ? `Correct: ${score(before)} before, ${score(after)} after. ` : `Correct: ${score(before)}. `}
        result = 1 when <Sym base="o" sup={String(n)} /> ≥ 0.5, else 0; loss = ½ (
        <Sym base="o" sup={String(n)} /> − <Sym base="y" sup="truth" />
        )².
      </p>
      {before.length > shortLength && (
        <button type="button" className="train-link" onClick={() => setAll(!all)}>
          {all ? 'Show fewer samples' : `Show all ${before.length.toLocaleString('en-US')} samples`}
        </button>
      )}
    </div>
  );
}
