import { useId } from 'react';
import { activationNames, type ActivationName } from '../../engine';
import { activationPath, biasesPath, layerPath, sizePath } from '../../editing';
import { activationLabels } from '../../layout';
import { selectFieldProblem, useApp } from '../../store';
import { Field } from './Field';
import { Sym } from '../train/Sym';
import { LayerName } from './Sym';
import { neurons } from './text';
import { WeightGrid } from './WeightGrid';

/** Each layer kind as the series names it. */
const kindNames = { input1d: 'Input 1D', linear: 'Linear', activation: 'Activation' } as const;

/** One problem of the layer (its whole, its size, its biases or its function), under it. */
function LayerProblem({ path, id }: { readonly path: string; readonly id?: string }) {
  const problem = useApp(selectFieldProblem(path));
  if (problem === null) return null;
  return (
    <p
      className="field-problem"
      {...(id === undefined ? {} : { id })}
      role="alert"
      data-testid="field-problem"
    >
      {problem}
    </p>
  );
}

/** The buttons that move L^k up or down the network and remove it (L^1, the Input 1D layer, stays first). */
function LayerTools({ k, count }: { readonly k: number; readonly count: number }) {
  const edit = useApp((state) => state.edit);
  if (k === 1) return null;
  return (
    <span className="layer-tools">
      <button
        type="button"
        className="icon-button"
        aria-label={`Move L${k} up`}
        title={k === 2 ? 'L² comes right after the Input 1D layer' : `Move up: L${k} becomes L${k - 1}`}
        disabled={k === 2}
        onClick={() => edit({ kind: 'moveLayer', k, to: k - 1 })}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={`Move L${k} down`}
        title={k === count ? 'This is the last layer' : `Move down: L${k} becomes L${k + 1}`}
        disabled={k === count}
        onClick={() => edit({ kind: 'moveLayer', k, to: k + 1 })}
      >
        ↓
      </button>
      <button
        type="button"
        className="icon-button remove-button"
        aria-label={`Remove L${k}`}
        title={`Remove layer L${k}`}
        onClick={() => edit({ kind: 'removeLayer', k })}
      >
        ×
      </button>
    </span>
  );
}

/** Layer L^k of the network: its kind, its size or function, its biases and weights, and the tools to change it. */
export function LayerCard({ k, count }: { readonly k: number; readonly count: number }) {
  const layer = useApp((state) => state.model.layers[k - 1]);
  const previous = useApp((state) => state.model.layers[k - 2]?.size ?? 0);
  const edit = useApp((state) => state.edit);
  const sizeProblemId = useId();
  if (!layer) return null;
  const sizeField = (
    <label className="inline-field">
      <span>size</span>
      <Field
        path={sizePath(k)}
        value={String(layer.size)}
        label={`Size of L${k}`}
        className="size-field"
        numeric
        showProblem={false}
        problemId={sizeProblemId}
        onCommit={(size) => edit({ kind: 'resizeLayer', k, size })}
      />
    </label>
  );
  return (
    <li className={`layer-card layer-${layer.kind}`} data-testid="layer" data-k={k}>
      <div className="layer-head">
        <span className="layer-name">
          <LayerName k={k} />
        </span>
        <span className="layer-kind">{kindNames[layer.kind]}</span>
        <LayerTools k={k} count={count} />
      </div>
      <div className="layer-body">
        {layer.kind === 'input1d' && (
          <>
            {sizeField}
            <p className="layer-note">
              holds the data: each sample&apos;s <Sym base="x" /> has {layer.size} component
              {layer.size === 1 ? '' : 's'}
            </p>
          </>
        )}
        {layer.kind === 'linear' && (
          <>
            {sizeField}
            <label className="inline-field check-field">
              <input
                type="checkbox"
                checked={layer.biases !== undefined}
                onChange={(event) => edit({ kind: 'setBiases', k, biases: event.currentTarget.checked })}
              />
              <span>
                biases <Sym base="b" sup={String(k)} sub="j" />
              </span>
            </label>
            <p className="layer-note">
              every one of the {neurons(previous)} of <LayerName k={k - 1} /> feeds every neuron
            </p>
          </>
        )}
        {layer.kind === 'activation' && (
          <>
            <label className="inline-field">
              <span>function</span>
              <select
                value={layer.activation}
                aria-label={`Activation function of L${k}`}
                onChange={(event) =>
                  edit({ kind: 'setActivation', k, activation: event.currentTarget.value })
                }
              >
                {activationNames.map((name: ActivationName) => (
                  <option key={name} value={name}>
                    {activationLabels[name]}
                  </option>
                ))}
              </select>
            </label>
            <p className="layer-note">
              {neurons(layer.size)}, one per neuron of <LayerName k={k - 1} />
            </p>
          </>
        )}
      </div>
      <LayerProblem path={sizePath(k)} id={sizeProblemId} />
      <LayerProblem path={layerPath(k)} />
      <LayerProblem path={biasesPath(k)} />
      <LayerProblem path={activationPath(k)} />
      {layer.kind === 'linear' && <WeightGrid k={k} />}
    </li>
  );
}
