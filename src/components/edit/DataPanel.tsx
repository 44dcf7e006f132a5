import { useId, useState } from 'react';
import { datasetPath, samplePath } from '../../editing';
import { maxSamples } from '../../format';
import { formatValue } from '../../layout';
import { samplesOf, selectFieldProblem, useApp } from '../../store';
import { Field } from './Field';
import { FieldProblems } from './FieldProblems';
import { Sym } from '../train/Sym';
import { numberText } from './text';
import './edit.css';

/** At first at most this many rows are drawn; the rest on demand. */
const firstRows = 100;

/** Sample `index`: its x and y^truth as fields, a button that steps through it, and one that removes it. */
function SampleRow({ index, batch }: { readonly index: number; readonly batch: boolean }) {
  const sample = useApp((state) => state.model.dataset[index]);
  const current = useApp((state) => state.selection === index && state.inspected === null);
  const edit = useApp((state) => state.edit);
  const selectSample = useApp((state) => state.selectSample);
  if (!sample) return null;
  const n = index + 1;
  const cells = (part: 'x' | 'y', values: readonly number[]) =>
    values.map((value, c) => (
      <td key={`${part}${c}`} className={c === 0 ? `part-start part-${part}` : `part-${part}`}>
        <Field
          path={samplePath(index, part, c)}
          value={numberText(value)}
          short={formatValue(value)}
          label={part === 'x' ? `x_${c + 1} of sample ${n}` : `y^truth_${c + 1} of sample ${n}`}
          numeric
          showProblem={false}
          onCommit={(text) => edit({ kind: 'setSampleValue', index, part, component: c, value: text })}
        />
      </td>
    ));
  return (
    <tr
      className={`${current ? 'is-current' : ''}${batch ? ' in-batch' : ''}`}
      data-testid="sample-row"
      {...(current ? { 'aria-current': 'true' as const } : {})}
    >
      <th scope="row">
        <button
          type="button"
          className="step-button"
          aria-label={`Step through sample ${n}`}
          title={current ? `The stepper walks sample ${n}` : `Step through sample ${n}`}
          aria-pressed={current}
          onClick={() => selectSample(index)}
        >
          <span aria-hidden="true">▶</span>
          {n}
        </button>
      </th>
      {cells('x', sample.x)}
      {cells('y', sample.y)}
      <td className="row-tools">
        <button
          type="button"
          className="icon-button remove-button"
          aria-label={`Remove sample ${n}`}
          title={`Remove sample ${n}`}
          onClick={() => edit({ kind: 'removeSample', index })}
        >
          ×
        </button>
      </td>
    </tr>
  );
}

/** The column headers: x_1 … x_n for the data, y^truth_1 … for the expected output. */
function Headers({ inputs, outputs }: { readonly inputs: number; readonly outputs: number }) {
  return (
    <thead>
      <tr>
        <th scope="col" className="sample-column">
          sample
        </th>
        {Array.from({ length: inputs }, (_v, c) => (
          <th key={`x${c}`} scope="col" className={c === 0 ? 'part-start part-x' : 'part-x'}>
            <Sym base="x" sub={String(c + 1)} />
          </th>
        ))}
        {Array.from({ length: outputs }, (_v, c) => (
          <th key={`y${c}`} scope="col" className={c === 0 ? 'part-start part-y' : 'part-y'}>
            <Sym base="y" sup="truth" sub={String(c + 1)} />
          </th>
        ))}
        <th scope="col">
          <span className="visually-hidden">Actions</span>
        </th>
      </tr>
    </thead>
  );
}

/** The batch: which samples it holds, and a button that steps through it. */
function BatchLine() {
  const batch = useApp((state) => samplesOf(state.model, 'batch').length);
  const current = useApp((state) => state.selection === 'batch' && state.inspected === null);
  const selectSample = useApp((state) => state.selectSample);
  if (batch === 0) return null;
  return (
    <p className="batch-line">
      <span>
        The first batch: samples 1{batch > 1 ? `–${batch}` : ''} (batch size is set in the Network tab).
      </span>
      <button
        type="button"
        className="text-button"
        aria-pressed={current}
        onClick={() => selectSample('batch')}
      >
        {current ? 'Stepping through the batch' : 'Step through the batch'}
      </button>
    </p>
  );
}

/** The dataset: a table of samples x → y^truth with add, remove and edit, and which one the stepper walks. */
export function DataPanel() {
  const count = useApp((state) => state.model.dataset.length);
  const inputs = useApp((state) => state.model.layers[0]?.size ?? 0);
  const outputs = useApp((state) => state.model.layers.at(-1)?.size ?? 0);
  const batch = useApp((state) => samplesOf(state.model, 'batch').length);
  const walkingBatch = useApp((state) => state.selection === 'batch' && state.inspected === null);
  const problem = useApp(selectFieldProblem(datasetPath));
  const edit = useApp((state) => state.edit);
  const [shown, setShown] = useState(firstRows);
  const id = useId();
  const rows = Array.from({ length: Math.min(count, shown) }, (_v, index) => index);
  return (
    <div className="data-panel" data-testid="data-panel">
      <div className="panel-heading">
        <h2 id={`${id}-title`}>
          Dataset <span className="heading-note">{`${count} sample${count === 1 ? '' : 's'}`}</span>
        </h2>
        <button
          type="button"
          className="text-button primary"
          disabled={count >= maxSamples}
          onClick={() => edit({ kind: 'addSample' })}
        >
          + Add a sample
        </button>
      </div>
      <p className="section-note">
        Each sample pairs a data input <Sym base="x" /> (one number per neuron of <Sym base="L" sup="1" />)
        with the expected output <Sym base="y" sup="truth" /> (one per neuron of the last layer).
      </p>
      {count === 0 ? (
        <p className="empty-note">No sample yet: add one to run the forward and backward pass.</p>
      ) : (
        <div className="grid-scroll">
          <table className="sample-table" aria-labelledby={`${id}-title`}>
            <Headers inputs={inputs} outputs={outputs} />
            <tbody>
              {rows.map((index) => (
                // A sample's position is its identity: the stepper's selection is that index.
                <SampleRow key={`sample-${index}`} index={index} batch={walkingBatch && index < batch} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {count > shown && (
        <button type="button" className="text-button" onClick={() => setShown(count)}>
          {`Show all ${count} samples`}
        </button>
      )}
      {problem !== null && (
        <p className="field-problem" role="alert" data-testid="field-problem">
          {problem}
        </p>
      )}
      <FieldProblems prefixes={['dataset[']} />
      <BatchLine />
    </div>
  );
}
