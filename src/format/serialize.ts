import type { ActivationName, Layer, LossName, Model, Sample } from '../engine/model';
import { formatName, formatVersion } from './limits';

/** One layer as written in a model file (numbers may also be strings when read, never when written). */
export type LayerFile =
  | { readonly kind: 'input1d'; readonly size: number }
  | {
      readonly kind: 'linear';
      readonly size: number;
      readonly weights: readonly (readonly number[])[];
      readonly biases?: readonly number[];
    }
  | { readonly kind: 'activation'; readonly size: number; readonly activation: ActivationName };

/** A whole model file as written by `serializeModel`. */
export interface ModelFile {
  readonly format: typeof formatName;
  readonly version: typeof formatVersion;
  readonly title: string;
  readonly layers: readonly LayerFile[];
  readonly loss: LossName;
  readonly dataset: readonly Sample[];
  readonly learningRate: number;
  readonly batchSize: number;
}

/** A layer as written in a file, with fresh arrays and fields in a readable order. */
function toLayerFile(layer: Layer): LayerFile {
  switch (layer.kind) {
    case 'input1d':
      return { kind: 'input1d', size: layer.size };
    case 'activation':
      return { kind: 'activation', size: layer.size, activation: layer.activation };
    case 'linear': {
      const weights = layer.weights.map((row) => [...row]);
      const base = { kind: 'linear', size: layer.size, weights } as const;
      return layer.biases === undefined ? base : { ...base, biases: [...layer.biases] };
    }
  }
}

/** The model as a model-file object (format, version and the model's fields). */
export function toModelFile(model: Model): ModelFile {
  return {
    format: formatName,
    version: formatVersion,
    title: model.title,
    layers: model.layers.map(toLayerFile),
    loss: model.loss,
    dataset: model.dataset.map((sample) => ({ x: [...sample.x], y: [...sample.y] })),
    learningRate: model.learningRate,
    batchSize: model.batchSize,
  };
}

/** A JSON number that reads back exactly, keeping the sign of -0. */
function numberText(value: number): string {
  return Object.is(value, -0) ? '-0' : JSON.stringify(value);
}

/** True for a number or a list of numbers, written on one line. */
function isFlat(value: unknown): boolean {
  return (
    typeof value !== 'object' ||
    value === null ||
    (Array.isArray(value) && value.every((item) => typeof item === 'number'))
  );
}

/** The widest line an object is kept on (like the project's Prettier setting). */
const lineWidth = 110;

/** Pretty JSON (2 spaces) with lists of numbers on one line, and small flat objects (layers, samples) too. */
function pretty(value: unknown, indent: string): string {
  if (typeof value === 'number') return numberText(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const items: readonly unknown[] = value;
    if (items.length === 0) return '[]';
    if (items.every((item) => typeof item === 'number'))
      return `[${items.map((item) => numberText(item)).join(', ')}]`;
    return `[\n${items.map((item) => inner + pretty(item, inner)).join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    if (entries.length === 0) return '{}';
    const fields = entries.map(([key, item]) => `${JSON.stringify(key)}: ${pretty(item, inner)}`);
    const line = `{ ${fields.join(', ')} }`;
    if (entries.every(([, item]) => isFlat(item)) && indent.length + line.length <= lineWidth) return line;
    return `{\n${fields.map((item) => inner + item).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The model as the text of a model file: pretty JSON that `parseModelText` reads back to an equal model. */
export function serializeModel(model: Model): string {
  return `${pretty(toModelFile(model), '')}\n`;
}
