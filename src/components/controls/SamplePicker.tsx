import { useId } from 'react';
import { useKeysBackAfterPointer } from '../../hooks/useKeysBackAfterPointer';
import { samplesOf, useApp, type SampleSelection } from '../../store';
import { formatTruth, formatVector } from './format';

/** The value of the batch option. */
const batchValue = 'batch';

/** Which data the stepper walks: one sample of the dataset, or the first batch. */
export function SamplePicker() {
  const dataset = useApp((state) => state.model.dataset);
  const selection = useApp((state) => state.selection);
  const batchSize = useApp((state) => samplesOf(state.model, 'batch').length);
  const selectSample = useApp((state) => state.selectSample);
  const id = useId();
  const keys = useKeysBackAfterPointer();
  const parse = (value: string): SampleSelection => (value === batchValue ? 'batch' : Number(value));
  return (
    <div className="picker">
      <label htmlFor={id}>Data</label>
      <select
        id={id}
        data-testid="sample-picker"
        value={String(selection)}
        disabled={dataset.length === 0}
        onPointerDown={keys.onPointerDown}
        onKeyDown={keys.onKeyDown}
        onChange={(event) => {
          selectSample(parse(event.currentTarget.value));
          keys.release(event.currentTarget);
        }}
      >
        {dataset.length === 0 && <option value={String(selection)}>No sample yet</option>}
        {dataset.map((sample, index) => (
          // A sample's id is its position in the dataset: the store's selection is that index.
          <option key={`sample-${index}`} value={String(index)}>
            {`x = ${formatVector(sample.x)} → y = ${formatTruth(sample.y)}`}
          </option>
        ))}
        {dataset.length > 0 && (
          <option value={batchValue}>{`the batch (${batchSize} sample${batchSize === 1 ? '' : 's'})`}</option>
        )}
      </select>
    </div>
  );
}
