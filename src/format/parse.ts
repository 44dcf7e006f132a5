import type { LossName, Model, Sample } from '../engine/model';
import { readLayers } from './layers';
import { formatName, formatVersion, maxJsonDepth, maxSamples, maxTextBytes } from './limits';
import {
  count,
  expected,
  fieldPath,
  itemPath,
  ProblemList,
  rootPath,
  truncate,
  type ParseResult,
} from './problems';
import { batchSizeSchema, check, learningRateSchema, lossSchema, titleSchema } from './schemas';
import { checkKeys, field, readFields, readNumberList, type Fields } from './walk';

/** The fields a model file may have. */
const fileFields = ['format', 'version', 'title', 'layers', 'loss', 'dataset', 'learningRate', 'batchSize'];

/** Reads the dataset: at most `maxSamples` samples whose x and y fit the first and last layers. */
function readDataset(
  value: unknown,
  inputSize: number | undefined,
  outputSize: number | undefined,
  layerCount: number,
  problems: ProblemList,
): Sample[] | undefined {
  if (!Array.isArray(value)) {
    problems.add(
      'dataset',
      expected('a list of samples such as {"x": [1, 2], "y": [0]} (it may be empty)', value),
    );
    return undefined;
  }
  const list: readonly unknown[] = value;
  if (list.length > maxSamples) {
    problems.add(
      'dataset',
      `at most ${count(maxSamples, 'sample')} are allowed, got ${list.length.toLocaleString('en-US')}`,
    );
    return undefined;
  }
  const xWording = {
    singular: 'number',
    plural: 'numbers',
    reason: 'one per neuron of the input layer, layer 1',
  };
  const yReason = `one per neuron of the last layer, layer ${layerCount}`;
  const yWording = { singular: 'number', plural: 'numbers', reason: yReason };
  const samples: Sample[] = [];
  let fine = true;
  // A loop over the indices, not forEach: a hole in a sparse list (a structured-cloned `load`) is a missing sample.
  for (let index = 0; index < list.length; index += 1) {
    const path = itemPath('dataset', index);
    const sample = readFields(list[index], path, 'a sample such as {"x": [1, 2], "y": [0]}', problems);
    if (sample === undefined) {
      fine = false;
      continue;
    }
    checkKeys(sample, ['x', 'y'], path, 'a sample', problems);
    const x = readNumberList(field(sample, 'x'), fieldPath(path, 'x'), inputSize, xWording, problems);
    const y = readNumberList(field(sample, 'y'), fieldPath(path, 'y'), outputSize, yWording, problems);
    if (x === undefined || y === undefined) fine = false;
    else samples.push({ x, y });
  }
  return fine ? samples : undefined;
}

/** Checks "format" and "version"; false when the rest is not worth reading (another format, a newer version). */
function readEnvelope(file: Fields, problems: ProblemList): boolean {
  const format = field(file, 'format');
  if (format !== formatName) {
    problems.add('format', expected(`"${formatName}" (this is not a model file of this app)`, format));
    return false;
  }
  const version = field(file, 'version');
  if (typeof version === 'number' && Number.isInteger(version) && version > formatVersion) {
    problems.add(
      'version',
      `made by a newer version of the app (version ${version}); this app reads version ${formatVersion}`,
    );
    return false;
  }
  if (version !== formatVersion) problems.add('version', expected(`version ${formatVersion}`, version));
  return true;
}

/** Reads a model from any value (such as the result of JSON.parse); never throws. */
function readModel(value: unknown, problems: ProblemList): Model | undefined {
  const file = readFields(value, '', 'a model file: an object with "format", "layers", "dataset"…', problems);
  if (file === undefined || !readEnvelope(file, problems)) return undefined;
  const title = check(titleSchema, field(file, 'title'), 'title', problems);
  const reading = readLayers(field(file, 'layers'), problems);
  const rawLoss = field(file, 'loss');
  const loss: LossName | undefined =
    rawLoss === undefined ? 'halfSquaredError' : check(lossSchema, rawLoss, 'loss', problems);
  const { inputSize, outputSize, layerCount } = reading;
  const dataset = readDataset(field(file, 'dataset'), inputSize, outputSize, layerCount, problems);
  const learningRate = check(learningRateSchema, field(file, 'learningRate'), 'learningRate', problems);
  const batchSize = check(batchSizeSchema, field(file, 'batchSize'), 'batchSize', problems);
  checkKeys(file, fileFields, '', 'a model file', problems);
  const { layers } = reading;
  if (problems.size > 0) return undefined;
  if (title === undefined || layers === undefined || loss === undefined || dataset === undefined)
    return undefined;
  if (learningRate === undefined || batchSize === undefined) return undefined;
  return { title, layers, loss, dataset, learningRate, batchSize };
}

/** The message of anything thrown, as plain text. */
function thrownMessage(error: unknown): string {
  try {
    return error instanceof Error ? truncate(String(error.message), 200) : 'unknown error';
  } catch {
    return 'unknown error';
  }
}

/** Turns collected problems (or their absence) into a result. */
function toResult(model: Model | undefined, problems: ProblemList): ParseResult {
  if (model !== undefined && problems.size === 0) return { ok: true, model };
  if (problems.size === 0) problems.add('', 'the model could not be read (no details: please report this)');
  return { ok: false, problems: problems.toArray() };
}

/** Reads a model from a JSON value, reporting every problem found; never throws. */
export function parseModelValue(value: unknown): ParseResult {
  const problems = new ProblemList();
  try {
    return toResult(readModel(value, problems), problems);
  } catch (error) {
    return {
      ok: false,
      problems: [{ path: rootPath, message: `the model could not be read: ${thrownMessage(error)}` }],
    };
  }
}

/** True when brackets nest deeper than `limit` (outside strings): checked before JSON.parse. */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth -= 1;
  }
  return false;
}

/** Reads a model from the text of a model file (JSON), reporting every problem found; never throws. */
export function parseModelText(text: unknown): ParseResult {
  const fail = (message: string): ParseResult => ({ ok: false, problems: [{ path: rootPath, message }] });
  try {
    if (typeof text !== 'string') return fail(expected('the text of a model file', text));
    if (text.length > maxTextBytes) {
      const size = Math.ceil(text.length / 1024).toLocaleString('en-US');
      return fail(`the text is ${size} KB; the limit is ${(maxTextBytes / 1024).toLocaleString('en-US')} KB`);
    }
    const clean = text.replace(/^\uFEFF/, '');
    if (clean.trim() === '') return fail('the text is empty: expected a model file (JSON)');
    if (nestsDeeperThan(clean, maxJsonDepth)) {
      return fail(`the JSON is nested more than ${maxJsonDepth} levels deep (a model file needs 5)`);
    }
    let value: unknown;
    try {
      value = JSON.parse(clean);
    } catch (error) {
      return fail(`invalid JSON: ${thrownMessage(error)}`);
    }
    return parseModelValue(value);
  } catch (error) {
    return fail(`the model could not be read: ${thrownMessage(error)}`);
  }
}
