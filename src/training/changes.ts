import type { Model } from '../engine';

/** One weight w^{k,j}_i (or bias b^k_j) of a learning layer, before and after a training run. */
export interface WeightChange {
  readonly kind: 'w' | 'b';
  /** k of L^k (1-based). */
  readonly k: number;
  /** Output neuron j (0-based). */
  readonly j: number;
  /** Input neuron i (0-based), for weights only. */
  readonly i?: number;
  readonly before: number;
  readonly after: number;
}

/** Every weight and bias of the learning layers with its value before and after (the same structure in both). */
export function weightChanges(before: Model, after: Model): WeightChange[] {
  const changes: WeightChange[] = [];
  before.layers.forEach((layer, index) => {
    const next = after.layers[index];
    if (layer.kind !== 'linear' || next?.kind !== 'linear') return;
    const k = index + 1;
    layer.weights.forEach((row, j) =>
      row.forEach((w, i) =>
        changes.push({ kind: 'w', k, j, i, before: w, after: next.weights[j]?.[i] ?? NaN }),
      ),
    );
    layer.biases?.forEach((b, j) =>
      changes.push({ kind: 'b', k, j, before: b, after: next.biases?.[j] ?? NaN }),
    );
  });
  return changes;
}
