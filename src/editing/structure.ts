import type { Layer, LinearLayer, Model, Sample } from '../engine';
import { initialWeights } from './initializer';

/** A list of `length` numbers: the first ones kept from `values`, the rest 0. */
export function resized(values: readonly number[], length: number): number[] {
  return Array.from({ length }, (_v, index) => values[index] ?? 0);
}

/** A Linear layer L^k fitted to `previous` inputs: weights re-drawn when the input size changed, rows added or cut. */
function fitLinear(layer: LinearLayer, k: number, previous: number | undefined, seed: number): LinearLayer {
  if (previous === undefined) return layer;
  const inputsChanged = layer.weights.some((row) => row.length !== previous);
  const fresh = () => initialWeights(seed, k, layer.size, previous);
  let weights = layer.weights;
  if (inputsChanged) weights = fresh();
  else if (weights.length !== layer.size) {
    const drawn = fresh();
    weights = drawn.map((row, j) => layer.weights[j] ?? row);
  }
  const biases =
    layer.biases && layer.biases.length !== layer.size ? resized(layer.biases, layer.size) : layer.biases;
  if (weights === layer.weights && biases === layer.biases) return layer;
  return biases === undefined
    ? { kind: 'linear', size: layer.size, weights }
    : { kind: 'linear', size: layer.size, weights, biases };
}

/**
 * Makes the layers fit together after a structural edit: each Activation takes the size of the layer before it,
 * and each Linear layer whose input size changed gets seeded weights (new rows too; new biases are 0).
 * Layers that already fit are returned as they are (same objects).
 */
export function fitLayers(layers: readonly Layer[], seed: number): Layer[] {
  let previous: number | undefined;
  return layers.map((layer, index) => {
    const k = index + 1;
    let fitted = layer;
    if (layer.kind === 'linear') fitted = fitLinear(layer, k, previous, seed);
    else if (layer.kind === 'activation' && previous !== undefined && layer.size !== previous)
      fitted = { ...layer, size: previous };
    previous = fitted.size;
    return fitted;
  });
}

/** Resizes every sample's x and y^truth to the first and last layers (new components 0, extra ones dropped). */
export function fitDataset(dataset: readonly Sample[], layers: readonly Layer[]): readonly Sample[] {
  const inputSize = layers[0]?.size;
  const outputSize = layers.at(-1)?.size;
  if (inputSize === undefined || outputSize === undefined) return dataset;
  if (dataset.every((sample) => sample.x.length === inputSize && sample.y.length === outputSize))
    return dataset;
  return dataset.map((sample) =>
    sample.x.length === inputSize && sample.y.length === outputSize
      ? sample
      : { x: resized(sample.x, inputSize), y: resized(sample.y, outputSize) },
  );
}

/** The model with new layers, fitted together and with the dataset fitted to them. */
export function withLayers(model: Model, layers: readonly Layer[], seed: number): Model {
  const fitted = fitLayers(layers, seed);
  return { ...model, layers: fitted, dataset: fitDataset(model.dataset, fitted) };
}
