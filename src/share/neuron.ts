import type { Model } from '../engine';

/** A neuron id of the diagram, "N:k:j": column k (0 = the data column), neuron j (0-based), no leading zeros. */
export const neuronIdPattern = /^N:(0|[1-9]\d{0,2}):(0|[1-9]\d{0,2})$/;

/** The longest neuron id there can be ("N:999:999"). */
export const maxNeuronIdLength = 9;

/** The column k and 0-based neuron j of a neuron id, or undefined when it is not one. */
export function parseNeuronId(id: unknown): { readonly k: number; readonly j: number } | undefined {
  if (typeof id !== 'string' || id.length > maxNeuronIdLength) return undefined;
  const match = neuronIdPattern.exec(id);
  if (!match) return undefined;
  return { k: Number(match[1]), j: Number(match[2]) };
}

/** How many neurons column k of the diagram has: the data for k = 0, the layer L^k for k = 1..n, else 0. */
export function columnSize(model: Model, k: number): number {
  const layer = model.layers[k === 0 ? 0 : k - 1];
  return layer === undefined ? 0 : layer.size;
}

/** True when `id` names a neuron that the diagram of `model` draws. */
export function neuronExists(model: Model, id: unknown): boolean {
  const neuron = parseNeuronId(id);
  return neuron !== undefined && neuron.j < columnSize(model, neuron.k);
}
