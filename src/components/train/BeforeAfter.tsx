import { useMemo, useState } from 'react';
import { formatFull, formatValue } from '../../layout';
import type { RunResult, WeightChange } from '../../training';
import { changeSym, formatChange, formatCount, signCue } from './format';
import { Sym, symText } from './Sym';
import './tables.css';

/** Rows shown before "Show all": beyond it, the largest changes first. */
const shortLength = 12;

/** At most this many rows, even when all are asked for. */
const longLength = 2000;

/** A stable id of a weight change: w:k:j:i or b:k:j (0-based j and i, as in the engine). */
const changeId = (change: WeightChange): string =>
  change.kind === 'w' ? `w:${change.k}:${change.j}:${change.i ?? 0}` : `b:${change.k}:${change.j}`;

/** One weight or bias: its name, value before and after, and the change with a sign cue (symbol and word). */
function ChangeRow({ change }: { readonly change: WeightChange }) {
  const delta = change.after - change.before;
  const cue = signCue(delta);
  const name = changeSym(change);
  return (
    <tr
      data-testid="weight-row"
      data-name={symText(name)}
      data-before={change.before}
      data-after={change.after}
    >
      <th scope="row">
        <Sym {...name} />
      </th>
      <td className="num" title={formatFull(change.before)} data-testid="weight-before">
        {formatValue(change.before)}
      </td>
      <td className="num" title={formatFull(change.after)} data-testid="weight-after">
        {formatValue(change.after)}
      </td>
      <td className={`num change-${cue.word}`} title={formatFull(delta)} data-testid="weight-change">
        <span aria-hidden="true" className="change-symbol">
          {cue.symbol}
        </span>
        {cue.word === 'unchanged' ? '0' : formatChange(delta)}
      </td>
    </tr>
  );
}

/** "loss of sample 2: 0.5 → 0.045", or loss^avg of the dataset before and after an epoch run. */
function LossLine({ run }: { readonly run: RunResult }) {
  const mean = (rows: RunResult['resultsBefore']) =>
    rows.reduce((sum, row) => sum + row.loss, 0) / Math.max(1, rows.length);
  if (run.plan.kind === 'iteration') {
    return (
      <ul className="train-facts" data-testid="sample-loss">
        {run.plan.samples.map((s) => (
          <li key={`sample-${s}`}>
            {`loss of sample ${s + 1}: `}
            <strong>{formatValue(run.resultsBefore[s]?.loss ?? NaN)}</strong>
            {' before → '}
            <strong>{formatValue(run.resultsAfter[s]?.loss ?? NaN)}</strong>
            {' after'}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ul className="train-facts" data-testid="sample-loss">
      <li>
        <Sym base="loss" sup="avg" />
        {' over the dataset: '}
        <strong>{formatValue(mean(run.resultsBefore))}</strong>
        {' before → '}
        <strong>{formatValue(mean(run.resultsAfter))}</strong>
        {' after'}
      </li>
    </ul>
  );
}

/** The last run's weights and biases before and after (ŵ = w − α . δw applied once per iteration), and its losses. */
export function BeforeAfter({ run }: { readonly run: RunResult }) {
  const [all, setAll] = useState(false);
  const { changes } = run;
  const long = changes.length > shortLength;
  const rows = useMemo(() => {
    if (!long) return changes;
    const size = (change: WeightChange) => Math.abs(change.after - change.before);
    const largest = [...changes].sort((a, b) => size(b) - size(a));
    return largest.slice(0, all ? longLength : shortLength);
  }, [changes, long, all]);
  if (changes.length === 0) return <p className="train-note">This network has no weights to learn.</p>;
  return (
    <div className="before-after">
      <LossLine run={run} />
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Weights before and after">
        <table className="train-table weights-table" data-testid="weights-table">
          <thead>
            <tr>
              <th scope="col">weight</th>
              <th scope="col" className="num">
                before
              </th>
              <th scope="col" className="num">
                after
              </th>
              <th scope="col" className="num">
                change
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((change) => (
              <ChangeRow key={changeId(change)} change={change} />
            ))}
          </tbody>
        </table>
      </div>
      {long && (
        <p className="train-note">
          {`The ${formatCount(rows.length)} largest changes of ${formatCount(changes.length)} weights and biases. `}
          <button type="button" className="train-link" onClick={() => setAll(!all)}>
            {all
              ? 'Show fewer'
              : `Show ${changes.length > longLength ? `the ${formatCount(longLength)} largest` : `all ${formatCount(changes.length)}`}`}
          </button>
        </p>
      )}
    </div>
  );
}
