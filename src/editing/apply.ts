import type { Layer, Model } from '../engine';
import { maxNeuronsPerLayer, parseModelValue, readNumberText, toModelFile, type Problem } from '../format';
import { editPath, type Edit, type LayerSpec, type ValueInput } from './edit';
import { initialBiases, initialWeights } from './initializer';
import { layersPath, samplePath, sizePath } from './fieldPaths';
import { biasPath, layerPath, weightPath } from './paths';
import { shareStructure } from './share';
import { withLayers } from './structure';

/** The outcome of an edit: the new valid model, or the problems that kept the old one in use. */
export type EditOutcome = { ok: true; model: Model } | { ok: false; problems: readonly Problem[] };

/** What an edit proposes before it is checked: a model-file value for the parser, or problems found first. */
type Candidate = { readonly file: unknown } | { readonly problems: readonly Problem[] };

/** An edit refused before parsing, with its reason at `path`. */
const refuse = (path: string, message: string): Candidate => ({ problems: [{ path, message }] });

/** The model as a model-file value, for the parser. */
const fileOf = (model: Model): Candidate => ({ file: toModelFile(model) });

/** A copy of `value` with the leaf at `path` replaced (objects and arrays copied along the path only). */
function setIn(value: unknown, path: readonly (string | number)[], leaf: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return leaf;
  if (Array.isArray(value)) {
    const copy: unknown[] = [...value];
    copy[Number(key)] = setIn(copy[Number(key)], rest, leaf);
    return copy;
  }
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = { ...value };
  copy[key] = setIn(copy[key], rest, leaf);
  return copy;
}

/** The model file with one field replaced by what the user typed (the parser then reads and checks it). */
const withField = (model: Model, path: readonly (string | number)[], leaf: unknown): Candidate => ({
  file: setIn(toModelFile(model), path, leaf),
});

/** A count typed by the user (a size, the batch size): a number when the text reads as one, else the text. */
function countOf(value: ValueInput): unknown {
  if (typeof value === 'number') return value;
  const reading = readNumberText(value);
  return reading.ok ? reading.value : value;
}

/** True for a valid layer size. */
const isSize = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= maxNeuronsPerLayer;

/** The message of an invalid size, worded like the parser's. */
const sizeMessage = (value: unknown): string =>
  `expected a whole number of neurons from 1 to ${maxNeuronsPerLayer}, got ${JSON.stringify(value) ?? String(value)}`;

/** L^k, or a refusal saying which layers exist. */
function layerAt(model: Model, k: number): Layer | Candidate {
  const layer = Number.isInteger(k) ? model.layers[k - 1] : undefined;
  if (layer !== undefined) return layer;
  const n = model.layers.length;
  return refuse(layersPath, `there is no layer L^${k}: the network has layers L^1 to L^${n}`);
}

/** True when `found` is a refusal rather than a layer. */
const refused = (found: Layer | Candidate): found is Candidate => !('kind' in found);

/** A refusal unless `index` is a whole number in [0, length). */
function outOfRange(index: number, length: number, path: string, what: string): Candidate | undefined {
  if (Number.isInteger(index) && index >= 0 && index < length) return undefined;
  return refuse(path, `there is no ${what} ${index + 1}: there ${length === 1 ? 'is 1' : `are ${length}`}`);
}

/** The new layer L^k built from its spec, with seeded weights after a layer of `previous` neurons. */
function buildLayer(spec: LayerSpec, k: number, previous: number, seed: number): Layer {
  switch (spec.kind) {
    case 'input1d':
      return { kind: 'input1d', size: spec.size };
    case 'activation':
      return { kind: 'activation', size: previous, activation: spec.activation };
    case 'linear': {
      const weights = initialWeights(seed, k, spec.size, previous);
      return spec.biases
        ? { kind: 'linear', size: spec.size, weights, biases: initialBiases(spec.size) }
        : { kind: 'linear', size: spec.size, weights };
    }
  }
}

/** Inserts a layer so that it becomes L^k. */
function addLayer(model: Model, k: number, spec: LayerSpec, seed: number): Candidate {
  const n = model.layers.length;
  if (spec.kind === 'input1d')
    return refuse(
      layersPath,
      'the network already starts with its Input 1D layer L^1, and only the first layer is one',
    );
  if (!Number.isInteger(k) || k < 2 || k > n + 1)
    return refuse(layersPath, `a new layer goes after the Input 1D layer: at L^2 to L^${n + 1}, not L^${k}`);
  if (spec.kind === 'linear' && !isSize(spec.size)) return refuse(layersPath, sizeMessage(spec.size));
  const previous = model.layers[k - 2]?.size ?? 1;
  const layers = [
    ...model.layers.slice(0, k - 1),
    buildLayer(spec, k, previous, seed),
    ...model.layers.slice(k - 1),
  ];
  return fileOf(withLayers(model, layers, seed));
}

/** Removes L^k; the layers after it are fitted to their new inputs. */
function removeLayer(model: Model, k: number, seed: number): Candidate {
  const layer = layerAt(model, k);
  if (refused(layer)) return layer;
  if (layer.kind === 'input1d')
    return refuse(layerPath(k), 'the Input 1D layer L^1 holds the data: every network starts with one');
  return fileOf(
    withLayers(
      model,
      model.layers.filter((_l, index) => index !== k - 1),
      seed,
    ),
  );
}

/** Moves L^k so that it becomes L^to; the Input 1D layer stays first. */
function moveLayer(model: Model, k: number, to: number, seed: number): Candidate {
  const layer = layerAt(model, k);
  if (refused(layer)) return layer;
  const target = layerAt(model, to);
  if (refused(target)) return target;
  if (k === 1 || to === 1) return refuse(layersPath, 'the Input 1D layer L^1 holds the data: it stays first');
  const rest = model.layers.filter((_l, index) => index !== k - 1);
  return fileOf(withLayers(model, [...rest.slice(0, to - 1), layer, ...rest.slice(to - 1)], seed));
}

/** Resizes L^k (Input 1D or Linear); an Activation keeps the size of the layer before it. */
function resizeLayer(model: Model, k: number, value: ValueInput, seed: number): Candidate {
  const layer = layerAt(model, k);
  if (refused(layer)) return layer;
  if (layer.kind === 'activation')
    return refuse(
      sizePath(k),
      `an Activation layer keeps the size of the layer before it: resize L^${k - 1} instead (it has ${layer.size})`,
    );
  const size = countOf(value);
  if (!isSize(size)) return withField(model, ['layers', k - 1, 'size'], size);
  const layers = model.layers.map((l, index) => (index === k - 1 ? { ...layer, size } : l));
  return fileOf(withLayers(model, layers, seed));
}

/** L^k when it is a Linear layer, or a refusal saying why. */
function linearAt(model: Model, k: number, what: string): Candidate | undefined {
  const layer = layerAt(model, k);
  if (refused(layer)) return layer;
  if (layer.kind !== 'linear')
    return refuse(layerPath(k), `L^${k} is not a Linear layer: only Linear layers have ${what}`);
  return undefined;
}

/** Gives L^k biases (all 0, or its existing ones) or removes them. */
function setBiases(model: Model, k: number, on: boolean): Candidate {
  const problem = linearAt(model, k, 'biases');
  if (problem) return problem;
  const layers = model.layers.map((layer, index): Layer => {
    if (index !== k - 1 || layer.kind !== 'linear') return layer;
    const { biases, ...rest } = layer;
    return on ? { ...rest, biases: biases ?? initialBiases(layer.size) } : rest;
  });
  return fileOf({ ...model, layers });
}

/** Sets w^{k,j}_i to a typed value. */
function setWeight(model: Model, k: number, j: number, i: number, value: ValueInput): Candidate {
  const problem = linearAt(model, k, 'weights');
  if (problem) return problem;
  const rows = model.layers[k - 1]?.size ?? 0;
  const columns = model.layers[k - 2]?.size ?? 0;
  const path = weightPath(k, j, i);
  const range =
    outOfRange(j, rows, path, `output neuron of L^${k}:`) ??
    outOfRange(i, columns, path, `input neuron of L^${k}:`);
  return range ?? withField(model, ['layers', k - 1, 'weights', j, i], value);
}

/** Sets b^k_j to a typed value. */
function setBias(model: Model, k: number, j: number, value: ValueInput): Candidate {
  const problem = linearAt(model, k, 'biases');
  if (problem) return problem;
  const layer = model.layers[k - 1];
  if (layer?.kind !== 'linear' || layer.biases === undefined)
    return refuse(biasPath(k, j), `L^${k} has no biases: add them first`);
  return (
    outOfRange(j, layer.size, biasPath(k, j), `neuron of L^${k}:`) ??
    withField(model, ['layers', k - 1, 'biases', j], value)
  );
}

/** Every Linear layer's weights re-drawn from the seed, biases back to 0. */
function reinitialize(model: Model, seed: number): Candidate {
  const layers = model.layers.map((layer, index): Layer => {
    if (layer.kind !== 'linear') return layer;
    const weights = initialWeights(seed, index + 1, layer.size, model.layers[index - 1]?.size ?? 0);
    return layer.biases ? { ...layer, weights, biases: initialBiases(layer.size) } : { ...layer, weights };
  });
  return fileOf({ ...model, layers });
}

/** Inserts a sample (zeros by default) at `index`. */
function addSample(model: Model, edit: Extract<Edit, { kind: 'addSample' }>): Candidate {
  const length = model.dataset.length;
  const index = edit.index ?? length;
  if (!Number.isInteger(index) || index < 0 || index > length)
    return refuse(samplePath(index), `a new sample goes at positions 1 to ${length + 1}`);
  const zeros = (size: number) => Array.from({ length: size }, () => 0);
  const sample = edit.sample ?? {
    x: zeros(model.layers[0]?.size ?? 0),
    y: zeros(model.layers.at(-1)?.size ?? 0),
  };
  const file = toModelFile(model);
  return {
    file: { ...file, dataset: [...file.dataset.slice(0, index), sample, ...file.dataset.slice(index)] },
  };
}

/** Sets one component of a sample's x or y^truth. */
function setSampleValue(model: Model, edit: Extract<Edit, { kind: 'setSampleValue' }>): Candidate {
  const { index, part, component, value } = edit;
  const sample = model.dataset[index];
  const path = samplePath(index, part, component);
  const missing = outOfRange(index, model.dataset.length, path, 'sample');
  if (missing || sample === undefined) return missing ?? refuse(path, 'there is no such sample');
  const what = part === 'x' ? 'component of x in the sample:' : 'component of y^truth in the sample:';
  return (
    outOfRange(component, sample[part].length, path, what) ??
    withField(model, ['dataset', index, part, component], value)
  );
}

/** What an edit proposes, before the parser checks it. */
function candidateOf(model: Model, edit: Edit, seed: number): Candidate {
  switch (edit.kind) {
    case 'addLayer':
      return addLayer(model, edit.k, edit.layer, seed);
    case 'removeLayer':
      return removeLayer(model, edit.k, seed);
    case 'moveLayer':
      return moveLayer(model, edit.k, edit.to, seed);
    case 'resizeLayer':
      return resizeLayer(model, edit.k, edit.size, seed);
    case 'setActivation': {
      const layer = layerAt(model, edit.k);
      if (refused(layer)) return layer;
      if (layer.kind !== 'activation')
        return refuse(
          layerPath(edit.k),
          `L^${edit.k} is not an Activation layer: it has no activation function`,
        );
      return withField(model, ['layers', edit.k - 1, 'activation'], edit.activation);
    }
    case 'setBiases':
      return setBiases(model, edit.k, edit.biases);
    case 'setWeight':
      return setWeight(model, edit.k, edit.j, edit.i, edit.value);
    case 'setBias':
      return setBias(model, edit.k, edit.j, edit.value);
    case 'reinitialize':
      return reinitialize(model, seed);
    case 'addSample':
      return addSample(model, edit);
    case 'removeSample':
      return (
        outOfRange(edit.index, model.dataset.length, samplePath(edit.index), 'sample') ??
        fileOf({ ...model, dataset: model.dataset.filter((_s, index) => index !== edit.index) })
      );
    case 'setSampleValue':
      return setSampleValue(model, edit);
    case 'setLearningRate':
      return withField(model, ['learningRate'], edit.value);
    case 'setBatchSize':
      return withField(model, ['batchSize'], countOf(edit.value));
    case 'setTitle':
      return withField(model, ['title'], edit.title);
  }
}

/** True when the shared model is the same as `previous` in every field. */
function unchanged(previous: Model, next: Model): boolean {
  return (
    next.title === previous.title &&
    next.loss === previous.loss &&
    Object.is(next.learningRate, previous.learningRate) &&
    next.batchSize === previous.batchSize &&
    next.dataset === previous.dataset &&
    next.layers.length === previous.layers.length &&
    next.layers.every((layer, index) => layer === previous.layers[index])
  );
}

/**
 * Applies an edit, checked by the same parser as model files: the new model, or every problem (with its path)
 * while the caller keeps the previous model. Never throws. New weights come from `seed` (see initializer.ts).
 * An edit that changes nothing gives back the very same model object.
 */
export function applyEdit(model: Model, edit: Edit, seed: number): EditOutcome {
  try {
    const candidate = candidateOf(model, edit, seed);
    if ('problems' in candidate) return { ok: false, problems: candidate.problems };
    const result = parseModelValue(candidate.file);
    if (!result.ok) return result;
    const shared = shareStructure(model, result.model);
    return { ok: true, model: unchanged(model, shared) ? model : shared };
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unknown error';
    return {
      ok: false,
      problems: [{ path: editPath(edit), message: `this change could not be made: ${reason}` }],
    };
  }
}
