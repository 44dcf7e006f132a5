import { useState } from 'react';
import { biasPath, weightPath } from '../../editing';
import { formatValue } from '../../layout';
import { useApp } from '../../store';
import { Field } from './Field';
import { FieldProblems } from './FieldProblems';
import { Sym } from '../train/Sym';
import { biasName, numberText, weightName } from './text';

/** Layers with at most this many weights show their grid open at first. */
const openUpTo = 24;

/** The weights w^{k,j}_i (rows j, columns i) and biases b^k_j of the Linear layer L^k, each one a field. */
export function WeightGrid({ k }: { readonly k: number }) {
  const layer = useApp((state) => state.model.layers[k - 1]);
  const edit = useApp((state) => state.edit);
  const inputs = useApp((state) => state.model.layers[k - 2]?.size ?? 0);
  const [open, setOpen] = useState(() => (layer?.size ?? 0) * inputs <= openUpTo);
  if (layer?.kind !== 'linear') return null;
  const { weights, biases } = layer;
  const columns = Array.from({ length: inputs }, (_v, i) => i);
  const prefix = `layers[${k - 1}].`;
  return (
    <details className="weights" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        Weights <Sym base="w" sup={String(k)} />
        <span className="weights-count">
          {` ${layer.size} × ${inputs}`}
          {biases ? ` and ${layer.size} bias${layer.size === 1 ? '' : 'es'}` : ''}
        </span>
      </summary>
      {open && (
        <>
          <div className="grid-scroll">
            <table className="weight-grid">
              <caption className="visually-hidden">
                {`Weights of L^${k}: row j is output neuron j, column i is input neuron i`}
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="grid-corner">
                    <Sym base="w" sup={`${k},j`} sub="i" />
                  </th>
                  {columns.map((i) => (
                    <th key={`i${i}`} scope="col">{`i = ${i + 1}`}</th>
                  ))}
                  {biases && (
                    <th scope="col" className="bias-column">
                      <Sym base="b" sup={String(k)} sub="j" />
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {weights.map((row, j) => (
                  // Rows are output neurons j: their position is their identity.
                  <tr key={`j${j}`}>
                    <th scope="row">{`j = ${j + 1}`}</th>
                    {columns.map((i) => (
                      <td key={`i${i}`}>
                        <Field
                          path={weightPath(k, j, i)}
                          value={numberText(row[i] ?? 0)}
                          short={formatValue(row[i] ?? 0)}
                          label={weightName(k, j, i)}
                          numeric
                          showProblem={false}
                          onCommit={(value) => edit({ kind: 'setWeight', k, j, i, value })}
                        />
                      </td>
                    ))}
                    {biases && (
                      <td className="bias-column">
                        <Field
                          path={biasPath(k, j)}
                          value={numberText(biases[j] ?? 0)}
                          short={formatValue(biases[j] ?? 0)}
                          label={biasName(k, j)}
                          numeric
                          showProblem={false}
                          onCommit={(value) => edit({ kind: 'setBias', k, j, value })}
                        />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <FieldProblems prefixes={[`${prefix}weights[`, `${prefix}biases[`]} />
        </>
      )}
    </details>
  );
}
