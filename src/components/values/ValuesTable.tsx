import { useEffect, useMemo, useRef } from 'react';
import { formatFull, formatValue } from '../../layout';
import { selectElementIndex, selectPass, selectStep, useApp, type AppState } from '../../store';
import { revealLines } from '../card/reveal';
import { currentCells, valueRows, type CurrentCell, type NeuronRow, type WeightRow } from './rows';
import './values.css';

/** Above this many weights, the weight table lists only the layer of the current step. */
const maxWeightRows = 600;

/** True once the step storing `key` has been reached (null: given from the start, like the data). */
const storedIn = (state: Pick<AppState, 'timeline' | 'stepIndex'>, key: string | null): boolean => {
  if (key === null) return true;
  const at = state.timeline.storedAt.get(key);
  return at !== undefined && at <= state.stepIndex;
};

/** A value cell: the symbol, then the value once stored ("—" before, as in the diagram); the current one stands out. */
function ValueCell({
  symbol,
  value,
  shown,
  current,
}: {
  symbol: string;
  value: number;
  shown: boolean;
  current: boolean;
}) {
  return (
    <td
      className={`values-cell${current ? ' is-current' : ''}${shown ? '' : ' is-pending'}`}
      {...(current ? { 'aria-current': 'step' as const } : {})}
    >
      <span className="values-symbol">{symbol} =</span>{' '}
      {shown ? (
        <span className="values-number" title={formatFull(value)}>
          {formatValue(value)}
        </span>
      ) : (
        <>
          <span aria-hidden="true">—</span>
          <span className="visually-hidden">not computed yet</span>
        </>
      )}
    </td>
  );
}

/** Rows grouped by layer, in order of first appearance. */
function byLayer<T extends { layer: string }>(rows: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(row.layer, [...(groups.get(row.layer) ?? []), row]);
  return [...groups];
}

/** Whether a cell of a row is the current step's. */
const isCurrent = (cells: readonly CurrentCell[], id: string, column: CurrentCell['column']) =>
  cells.some((cell) => cell.id === id && cell.column === column);

/** The table of every neuron box: o (or the data) and δ, by column of the diagram. */
function NeuronTable({
  rows,
  cells,
  caption,
}: {
  rows: readonly NeuronRow[];
  cells: readonly CurrentCell[];
  caption: string;
}) {
  const timeline = useApp((state) => state.timeline);
  const stepIndex = useApp((state) => state.stepIndex);
  const at = { timeline, stepIndex };
  return (
    <table className="values-table" data-testid="values-neurons">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Layer</th>
          <th scope="col" className="values-index">
            Neuron
          </th>
          <th scope="col">Variable</th>
          <th scope="col">Output o</th>
          <th scope="col">Learning flow δ</th>
        </tr>
      </thead>
      {byLayer(rows).map(([layer, group]) => (
        <tbody key={layer}>
          {group.map((row, n) => {
            const current = isCurrent(cells, row.id, 'o') || isCurrent(cells, row.id, 'delta');
            return (
              <tr key={row.id} data-id={row.id} className={current ? 'is-current' : undefined}>
                {n === 0 && (
                  <th scope="rowgroup" rowSpan={group.length} className="values-layer">
                    {layer}
                  </th>
                )}
                <td className="values-index">{row.j + 1}</td>
                <th scope="row" className="values-variable">
                  {row.variable}
                </th>
                <ValueCell
                  symbol={row.oSymbol}
                  value={row.o}
                  shown={storedIn(at, row.oKey)}
                  current={isCurrent(cells, row.id, 'o')}
                />
                <ValueCell
                  symbol={row.deltaSymbol}
                  value={row.delta}
                  shown={storedIn(at, row.deltaKey)}
                  current={isCurrent(cells, row.id, 'delta')}
                />
              </tr>
            );
          })}
        </tbody>
      ))}
    </table>
  );
}

/** The table of the weights (or the biases): each value and its gradient δw (or δb). */
function WeightTable({
  rows,
  cells,
  caption,
  kind,
}: {
  rows: readonly WeightRow[];
  cells: readonly CurrentCell[];
  caption: string;
  kind: 'weights' | 'biases';
}) {
  const timeline = useApp((state) => state.timeline);
  const stepIndex = useApp((state) => state.stepIndex);
  const at = { timeline, stepIndex };
  const weights = kind === 'weights';
  return (
    <table className="values-table" data-testid={`values-${kind}`}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Layer</th>
          <th scope="col" className="values-index">
            {weights ? 'Output j, input i' : 'Output j'}
          </th>
          <th scope="col">{weights ? 'Weight w' : 'Bias b'}</th>
          <th scope="col">{weights ? 'Gradient δw' : 'Gradient δb'}</th>
        </tr>
      </thead>
      {byLayer(rows).map(([layer, group]) => (
        <tbody key={layer}>
          {group.map((row, n) => {
            const current = isCurrent(cells, row.id, 'gradient');
            return (
              <tr key={row.id} data-id={row.id} className={current ? 'is-current' : undefined}>
                {n === 0 && (
                  <th scope="rowgroup" rowSpan={group.length} className="values-layer">
                    {layer}
                  </th>
                )}
                <td className="values-index">{row.i === null ? row.j + 1 : `${row.j + 1}, ${row.i + 1}`}</td>
                <ValueCell symbol={row.symbol} value={row.value} shown current={false} />
                <ValueCell
                  symbol={row.gradientSymbol}
                  value={row.gradient}
                  shown={storedIn(at, row.key)}
                  current={current}
                />
              </tr>
            );
          })}
        </tbody>
      ))}
    </table>
  );
}

/** What the tables are about: "sample 3", or "element 2 of the batch (sample 3)". */
function useSubject(): string {
  const element = useApp(selectElementIndex);
  const samples = useApp((state) => state.iteration.samples);
  const sample = samples[element];
  const which = sample === undefined ? 'the sample' : `sample ${sample + 1}`;
  return samples.length > 1 ? `element ${element + 1} of the batch (${which})` : which;
}

/** Every o, δ, δw and δb of the current pass as tables, synchronized with the stepper; the current value stands out. */
export function ValuesTable() {
  const model = useApp((state) => state.iteration.before);
  const pass = useApp(selectPass);
  const step = useApp(selectStep);
  const size = useApp((state) => state.iteration.passes.length);
  const position = useApp((state) => `step ${state.stepIndex + 1} of ${state.timeline.steps.length}`);
  const subject = useSubject();
  const element = step?.element ?? 0;
  const rows = useMemo(
    () => (pass ? valueRows(model, pass, element, size) : undefined),
    [model, pass, element, size],
  );
  const cells = useMemo(
    () => currentCells(step, model.layers.length, pass?.lossDelta.length ?? 0),
    [step, model, pass],
  );
  const root = useRef<HTMLDivElement>(null);
  // The table follows the stepper: the row of the current step is scrolled into view within the panel.
  useEffect(() => {
    const row = root.current?.querySelector<HTMLElement>('tr.is-current');
    if (row) revealLines(row, row);
  }, [cells]);
  if (!rows) return <p className="values-empty">There is no sample to walk: add one to the dataset.</p>;
  const crowded = rows.weights.length > maxWeightRows;
  const layerOfStep = step && 'k' in step ? step.k : undefined;
  const weights = crowded
    ? rows.weights.filter((row) => row.k === (layerOfStep ?? rows.weights[0]?.k))
    : rows.weights;
  return (
    // A region the keyboard can reach and scroll, should a network's tables be wider than the panel.
    <div className="values" ref={root} data-testid="values" role="region" aria-label="Values" tabIndex={0}>
      <p className="values-intro">
        Each value appears once the step that computes it is reached; the current step&apos;s is outlined.
      </p>
      <NeuronTable
        rows={rows.neurons}
        cells={cells}
        caption={`Outputs o and learning flows δ of ${subject}, at ${position}`}
      />
      {weights.length > 0 && (
        <WeightTable
          rows={weights}
          cells={cells}
          kind="weights"
          caption={
            crowded
              ? `Weights and their gradients δw of ${weights[0]?.layer ?? 'one layer'} (the model has ${rows.weights.length} weights)`
              : `Weights and their gradients δw of ${subject}`
          }
        />
      )}
      {rows.biases.length > 0 && (
        <WeightTable
          rows={rows.biases}
          cells={cells}
          kind="biases"
          caption={`Biases and their gradients δb of ${subject}`}
        />
      )}
    </div>
  );
}
