import type { ActivationLayer, Layer, LinearLayer } from '../engine/model';
import { maxLayers, maxNeuronsPerLayer } from './limits';
import { count, expected, fieldPath, itemPath, type ProblemList } from './problems';
import { activationSchema, check, kindSchema, sizeSchema } from './schemas';
import { checkKeys, field, readFields, readNumberList, type Fields } from './walk';

/** What the layers tell the rest of the parser: the layers when all are valid, and the known sizes. */
export interface LayersReading {
  readonly layers: readonly Layer[] | undefined;
  /** The size of the first layer, when it is a valid Input 1D layer. */
  readonly inputSize: number | undefined;
  /** The size of the last layer, when known. */
  readonly outputSize: number | undefined;
  /** How many layers there are (when the list is readable), to word messages about the last layer. */
  readonly layerCount: number;
}

/** Each kind as the series writes it, with its article. */
const kindNames = { input1d: 'an Input 1D', linear: 'a Linear', activation: 'an Activation' } as const;

/** The fields each kind of layer may have. */
const kindFields = {
  input1d: ['kind', 'size'],
  linear: ['kind', 'size', 'weights', 'biases'],
  activation: ['kind', 'size', 'activation'],
} as const;

/** Reads a Linear layer's weights and biases; `number` is its 1-based layer number. */
function readLinear(
  object: Fields,
  path: string,
  number: number,
  size: number | undefined,
  previous: number | undefined,
  problems: ProblemList,
): LinearLayer | undefined {
  const weightsPath = fieldPath(path, 'weights');
  const raw = field(object, 'weights');
  const rowsWhy = `one per neuron of layer ${number}`;
  let weights: number[][] | undefined;
  if (!Array.isArray(raw)) {
    problems.add(weightsPath, expected(`a list of rows of weights (${rowsWhy})`, raw));
  } else {
    const rows: readonly unknown[] = raw;
    let fine = true;
    if (size !== undefined && rows.length !== size) {
      problems.add(
        weightsPath,
        `expected ${count(size, 'row')} of weights (${rowsWhy}), got ${rows.length.toLocaleString('en-US')}`,
      );
      fine = false;
    }
    if (rows.length > maxNeuronsPerLayer) {
      if (size === undefined)
        problems.add(
          weightsPath,
          `expected at most ${count(maxNeuronsPerLayer, 'row')} of weights, got ${rows.length.toLocaleString('en-US')}`,
        );
      fine = false;
    } else {
      const wording = {
        singular: 'weight',
        plural: 'weights',
        reason: `one per input neuron of layer ${number - 1}`,
      };
      const read = rows.map((row, j) =>
        readNumberList(row, itemPath(weightsPath, j), previous, wording, problems),
      );
      const complete = read.filter((row) => row !== undefined);
      if (fine && complete.length === read.length) weights = complete;
    }
  }
  const rawBiases = field(object, 'biases');
  const biasWording = { singular: 'bias', plural: 'biases', reason: rowsWhy };
  const biases =
    rawBiases === undefined
      ? undefined
      : readNumberList(rawBiases, fieldPath(path, 'biases'), size, biasWording, problems);
  if (size === undefined || weights === undefined || (rawBiases !== undefined && biases === undefined))
    return undefined;
  return biases === undefined ? { kind: 'linear', size, weights } : { kind: 'linear', size, weights, biases };
}

/** Reads an Activation layer, whose size (optional in the file) must equal the previous layer's. */
function readActivation(
  object: Fields,
  path: string,
  number: number,
  previous: number | undefined,
  problems: ProblemList,
): ActivationLayer | undefined {
  const activation = check(
    activationSchema,
    field(object, 'activation'),
    fieldPath(path, 'activation'),
    problems,
  );
  const rawSize = field(object, 'size');
  let size = previous;
  if (rawSize !== undefined) {
    const given = check(sizeSchema, rawSize, fieldPath(path, 'size'), problems);
    if (given !== undefined && previous !== undefined && given !== previous) {
      const why = `the size of layer ${number - 1}: an Activation layer keeps the size of the layer before it`;
      problems.add(fieldPath(path, 'size'), `expected ${previous} (${why}), got ${given}`);
    }
    size ??= given;
  }
  return activation === undefined || size === undefined
    ? undefined
    : { kind: 'activation', size, activation };
}

/** Reads one layer given the previous layer's size; gives the layer (or undefined) and its size when known. */
function readLayer(
  value: unknown,
  index: number,
  previous: number | undefined,
  problems: ProblemList,
): { layer: Layer | undefined; size: number | undefined } {
  const path = itemPath('layers', index);
  const number = index + 1;
  const object = readFields(value, path, 'a layer (an object with a "kind")', problems);
  if (object === undefined) return { layer: undefined, size: undefined };
  const kind = check(kindSchema, field(object, 'kind'), fieldPath(path, 'kind'), problems);
  if (kind === undefined) return { layer: undefined, size: undefined };
  if (index === 0 && kind !== 'input1d') {
    problems.add(
      fieldPath(path, 'kind'),
      `the first layer must be an Input 1D layer ("input1d"), got ${kindNames[kind]} layer`,
    );
  }
  if (index > 0 && kind === 'input1d') {
    problems.add(
      fieldPath(path, 'kind'),
      `layer ${number} must not be an Input 1D layer: only the first layer is`,
    );
  }
  checkKeys(object, kindFields[kind], path, `${kindNames[kind]} layer`, problems);
  if (kind === 'activation') {
    const layer = readActivation(object, path, number, previous, problems);
    return { layer, size: layer?.size };
  }
  const size = check(sizeSchema, field(object, 'size'), fieldPath(path, 'size'), problems);
  if (kind === 'input1d') return { layer: size === undefined ? undefined : { kind, size }, size };
  return { layer: readLinear(object, path, number, size, previous, problems), size };
}

/** Reads the list of layers: 2 to `maxLayers`, an Input 1D layer first and only first, sizes that fit. */
export function readLayers(value: unknown, problems: ProblemList): LayersReading {
  const none = { layers: undefined, inputSize: undefined, outputSize: undefined, layerCount: 0 };
  if (!Array.isArray(value)) {
    problems.add('layers', expected('a list of layers', value));
    return none;
  }
  const list: readonly unknown[] = value;
  if (list.length > maxLayers) {
    problems.add(
      'layers',
      `at most ${count(maxLayers, 'layer')} are allowed, got ${list.length.toLocaleString('en-US')}`,
    );
    return none;
  }
  if (list.length < 2) {
    problems.add(
      'layers',
      `a network needs at least 2 layers (an Input 1D layer and a layer after it), got ${list.length}`,
    );
  }
  const layers: Layer[] = [];
  let previous: number | undefined;
  let inputSize: number | undefined;
  for (let index = 0; index < list.length; index += 1) {
    const { layer, size } = readLayer(list[index], index, previous, problems);
    if (layer !== undefined) layers.push(layer);
    if (index === 0 && layer?.kind === 'input1d') inputSize = layer.size;
    previous = size;
  }
  const complete = layers.length === list.length && list.length >= 2;
  return { layers: complete ? layers : undefined, inputSize, outputSize: previous, layerCount: list.length };
}
