import type { Model, Pass } from '../../engine';
import { kindName, notation, shared } from '../../formulas';
import type { Step } from '../../timeline';
import { dbKey, deltaKey, dwKey, oKey } from '../../timeline';

/** One neuron box as a row: the values it holds, o^k_j (data_j for k = 0) and δ^{k+1}_j, and their keys. */
export interface NeuronRow {
  /** N:k:j, as in the diagram. */
  readonly id: string;
  readonly k: number;
  readonly j: number;
  /** "Developer" or "L² (Linear)". */
  readonly layer: string;
  readonly variable: string;
  readonly oSymbol: string;
  readonly o: number;
  /** Key of o^k_j in the timeline's storedAt, or null for the data (given from the start). */
  readonly oKey: string | null;
  readonly deltaSymbol: string;
  readonly delta: number;
  readonly deltaKey: string;
}

/** One weight W^{k,j}_i or bias B^k_j with its value and its gradient. */
export interface WeightRow {
  /** W:k:j:i or B:k:j. */
  readonly id: string;
  readonly k: number;
  readonly j: number;
  /** The input neuron i, or null for a bias. */
  readonly i: number | null;
  readonly layer: string;
  /** w^{k,j}_i or b^k_j. */
  readonly symbol: string;
  readonly value: number;
  /** δw^{k,j}_i or δb^k_j (with the batch element when there is one). */
  readonly gradientSymbol: string;
  readonly gradient: number;
  readonly key: string;
}

/** Every row of the three tables for one pass (batch element `element` of `size`). */
export interface ValueRows {
  readonly neurons: readonly NeuronRow[];
  readonly weights: readonly WeightRow[];
  readonly biases: readonly WeightRow[];
}

/** The layer name of column k: "Developer" for the data, else "L^k (kind)". */
function layerName(model: Model, k: number, symbol: string): string {
  return k === 0 ? 'Developer' : `${symbol} (${kindName(model.layers[k - 1])})`;
}

/** The rows of a pass: neurons column by column, then each learning layer's weights and biases. */
export function valueRows(model: Model, pass: Pass, element: number, size: number): ValueRows {
  const nt = notation(element, size);
  const n = pass.layers.length;
  const layerSymbol = (k: number) => shared.layer(k).text;
  const columns = [pass.layers[0]?.input ?? [], ...pass.layers.map((layer) => layer.output)];
  const neurons = columns.flatMap((values, k) =>
    values.map((o, j): NeuronRow => ({
      id: `N:${k}:${j}`,
      k,
      j,
      layer: layerName(model, k, layerSymbol(k)),
      variable: nt.X(k + 1, j).text,
      oSymbol: k === 0 ? nt.data(j).text : nt.o(k, j).text,
      o,
      oKey: k === 0 ? null : oKey(element, k, j),
      deltaSymbol: nt.delta(k + 1, j).text,
      delta: (k === n ? pass.lossDelta[j] : pass.layers[k]?.delta[j]?.value) ?? NaN,
      deltaKey: deltaKey(element, k + 1, j),
    })),
  );
  const weights: WeightRow[] = [];
  const biases: WeightRow[] = [];
  pass.layers.forEach((layerPass) => {
    const { k } = layerPass;
    const layer = model.layers[k - 1];
    if (layer?.kind !== 'linear') return;
    const name = layerName(model, k, layerSymbol(k));
    layerPass.dw?.forEach((row, j) =>
      row.forEach((gradient, i) =>
        weights.push({
          id: `W:${k}:${j}:${i}`,
          k,
          j,
          i,
          layer: name,
          symbol: shared.w(k, j, i).text,
          value: layer.weights[j]?.[i] ?? NaN,
          gradientSymbol: nt.dw(k, j, i).text,
          gradient: gradient.value,
          key: dwKey(element, k, j, i),
        }),
      ),
    );
    layerPass.db?.forEach((gradient, j) =>
      biases.push({
        id: `B:${k}:${j}`,
        k,
        j,
        i: null,
        layer: name,
        symbol: shared.b(k, j).text,
        value: layer.biases?.[j] ?? NaN,
        gradientSymbol: nt.db(k, j).text,
        gradient: gradient.value,
        key: dbKey(element, k, j),
      }),
    );
  });
  return { neurons, weights, biases };
}

/** The id of the row (and which of its values) the step computes, for the table to highlight. */
export interface CurrentCell {
  readonly id: string;
  readonly column: 'o' | 'delta' | 'gradient';
}

/** The cells the current step is about: o^k_j, δ^k_i (in the box of o^{k-1}_i), δw^{k,j}_i, δb^k_j, or δ^{n+1}. */
export function currentCells(step: Step | undefined, n: number, outputs: number): CurrentCell[] {
  switch (step?.kind) {
    case undefined:
    case 'update':
      return [];
    case 'forward':
      return [{ id: `N:${step.k}:${step.j}`, column: 'o' }];
    case 'loss':
      return Array.from({ length: outputs }, (_unused, j) => ({
        id: `N:${n}:${j}`,
        column: 'delta' as const,
      }));
    case 'delta':
      return [{ id: `N:${step.k - 1}:${step.i}`, column: 'delta' }];
    case 'dw':
      return [{ id: `W:${step.k}:${step.j}:${step.i}`, column: 'gradient' }];
    case 'db':
      return [{ id: `B:${step.k}:${step.j}`, column: 'gradient' }];
  }
}
