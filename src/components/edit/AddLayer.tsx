import { useId, useState, type FormEvent } from 'react';
import { activationNames, type ActivationName } from '../../engine';
import type { LayerSpec } from '../../editing';
import { maxLayers, maxNeuronsPerLayer, readNumberText } from '../../format';
import { activationLabels } from '../../layout';
import { useApp } from '../../store';

/** The kinds of layer that can be added after the Input 1D layer. */
type NewKind = 'linear' | 'activation';

/** The form that adds a Linear layer (with or without biases) or an Activation layer at a chosen place. */
export function AddLayer() {
  const count = useApp((state) => state.model.layers.length);
  const edit = useApp((state) => state.edit);
  const [kind, setKind] = useState<NewKind>('linear');
  const [size, setSize] = useState('2');
  const [biases, setBiases] = useState(true);
  const [activation, setActivation] = useState<ActivationName>('relu');
  const [place, setPlace] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = useId();
  // The place defaults to the end, and follows the end as layers come and go.
  const k = place !== null && place <= count + 1 ? place : count + 1;
  const full = count >= maxLayers;

  const add = (event: FormEvent) => {
    event.preventDefault();
    const reading = readNumberText(size);
    if (kind === 'linear' && !reading.ok) {
      setProblem(`expected a whole number of neurons from 1 to ${maxNeuronsPerLayer}, got "${size}"`);
      return;
    }
    setProblem(null);
    const layer: LayerSpec =
      kind === 'linear' ? { kind, size: reading.ok ? reading.value : NaN, biases } : { kind, activation };
    if (edit({ kind: 'addLayer', k, layer }).ok) setPlace(null);
  };
  const places = Array.from({ length: count }, (_v, n) => n + 2);
  return (
    <form className="add-layer" aria-label="Add a layer" onSubmit={add}>
      <label className="inline-field">
        <span>Add</span>
        <select
          value={kind}
          aria-label="Kind of the new layer"
          onChange={(event) => setKind(event.currentTarget.value as NewKind)}
        >
          <option value="linear">a Linear layer</option>
          <option value="activation">an Activation layer</option>
        </select>
      </label>
      {kind === 'linear' ? (
        <>
          <label className="inline-field">
            <span>size</span>
            <input
              className="field-input size-field"
              type="text"
              inputMode="numeric"
              value={size}
              aria-label="Size of the new layer"
              aria-invalid={problem !== null}
              {...(problem === null ? {} : { 'aria-describedby': problemId })}
              onChange={(event) => setSize(event.currentTarget.value)}
            />
          </label>
          <label className="inline-field check-field">
            <input
              type="checkbox"
              checked={biases}
              onChange={(event) => setBiases(event.currentTarget.checked)}
            />
            <span>biases</span>
          </label>
        </>
      ) : (
        <label className="inline-field">
          <span>function</span>
          <select
            value={activation}
            aria-label="Activation function of the new layer"
            onChange={(event) => setActivation(event.currentTarget.value as ActivationName)}
          >
            {activationNames.map((name) => (
              <option key={name} value={name}>
                {activationLabels[name]}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="inline-field">
        <span>as</span>
        <select
          value={String(k)}
          aria-label="Place of the new layer"
          onChange={(event) => setPlace(Number(event.currentTarget.value))}
        >
          {places.map((n) => (
            <option key={`L${n}`} value={String(n)}>
              {n === count + 1 ? `L${n}, at the end` : `L${n}, before the current L${n}`}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="text-button primary" disabled={full}>
        Add layer
      </button>
      {problem !== null && (
        <p className="field-problem" id={problemId} role="alert" data-testid="field-problem">
          {problem}
        </p>
      )}
      {full && <p className="layer-note">A network has at most {maxLayers} layers.</p>}
    </form>
  );
}
