import type { Layer, Model, Sample } from '../engine';

/** True when two lists hold the same numbers (Object.is, so −0 and 0 differ). */
function sameNumbers(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  return a.every((value, index) => Object.is(value, b[index]));
}

/** True when two layers are equal in every field. */
function sameLayer(a: Layer, b: Layer): boolean {
  if (a.kind !== b.kind || a.size !== b.size) return false;
  if (a.kind === 'activation' && b.kind === 'activation') return a.activation === b.activation;
  if (a.kind === 'linear' && b.kind === 'linear')
    return (
      sameNumbers(a.biases, b.biases) &&
      a.weights.length === b.weights.length &&
      a.weights.every((row, j) => sameNumbers(row, b.weights[j]))
    );
  return true;
}

/** True when two samples are equal. */
const sameSample = (a: Sample, b: Sample): boolean => sameNumbers(a.x, b.x) && sameNumbers(a.y, b.y);

/**
 * `next` rebuilt to reuse the layers and samples of `previous` that are equal to its own (a layer anywhere, as
 * layers move; a sample at the same place or one away, as samples are inserted and removed), so that a history
 * of models that differ by one weight stores that weight's layer only once per model, not the whole dataset.
 */
export function shareStructure(previous: Model, next: Model): Model {
  const layers = next.layers.map((layer, index) => {
    const same = previous.layers[index];
    if (same !== undefined && sameLayer(same, layer)) return same;
    return previous.layers.find((old) => sameLayer(old, layer)) ?? layer;
  });
  const samples = next.dataset.map((sample, index) => {
    for (const offset of [0, -1, 1]) {
      const old = previous.dataset[index + offset];
      if (old !== undefined && sameSample(old, sample)) return old;
    }
    return sample;
  });
  const sameDataset =
    samples.length === previous.dataset.length &&
    samples.every((sample, index) => sample === previous.dataset[index]);
  return { ...next, layers, dataset: sameDataset ? previous.dataset : samples };
}
