import { maxNeuronsPerLayer } from './limits';
import { count, expected, fieldPath, itemPath, truncate, type ProblemList } from './problems';
import { check, numberSchema } from './schemas';

/** A JSON object read from unknown input (only its own fields are ever read). */
export type Fields = Readonly<Record<string, unknown>>;

/** True for a plain object (not null, not an array). */
export function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own field of an object, or undefined when absent (inherited names such as "toString" are ignored). */
export function field(object: Fields, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** Reads an object, recording a problem when the value is not one. */
export function readFields(
  value: unknown,
  path: string,
  what: string,
  problems: ProblemList,
): Fields | undefined {
  if (isFields(value)) return value;
  problems.add(path, expected(what, value));
  return undefined;
}

/** Records a problem for every field not in `allowed` (a typo such as "bias" would otherwise be ignored). */
export function checkKeys(
  object: Fields,
  allowed: readonly string[],
  path: string,
  owner: string,
  problems: ProblemList,
): void {
  const keys = Object.keys(object);
  for (const key of keys.length > 100 ? keys.slice(0, 100) : keys) {
    if (!allowed.includes(key)) {
      const names = allowed.map((name) => `"${name}"`).join(', ');
      problems.add(fieldPath(path, key), `unknown field "${truncate(key, 40)}": ${owner} has only ${names}`);
    }
  }
}

/** How to talk about a list of numbers: its unit ("weight") and why it has its length. */
export interface ListWording {
  readonly singular: string;
  readonly plural: string;
  /** Why the expected length, e.g. "one per input neuron of layer 1". */
  readonly reason: string;
}

/**
 * Reads a list of model numbers of an expected length (or any length up to `maxNeuronsPerLayer` when unknown).
 * The length is checked before any item is read, so a huge array is rejected at once.
 */
export function readNumberList(
  value: unknown,
  path: string,
  length: number | undefined,
  wording: ListWording,
  problems: ProblemList,
): number[] | undefined {
  if (!Array.isArray(value)) {
    problems.add(path, expected(`a list of ${wording.plural} (${wording.reason})`, value));
    return undefined;
  }
  const actual = value.length;
  let fine = true;
  if (length !== undefined && actual !== length) {
    problems.add(
      path,
      `expected ${count(length, wording.singular, wording.plural)} (${wording.reason}), got ${actual.toLocaleString('en-US')}`,
    );
    fine = false;
  }
  if (actual > maxNeuronsPerLayer) {
    if (length === undefined)
      problems.add(
        path,
        `expected at most ${count(maxNeuronsPerLayer, wording.singular, wording.plural)}, got ${actual.toLocaleString('en-US')}`,
      );
    return undefined;
  }
  const numbers: number[] = [];
  for (let i = 0; i < actual; i += 1) {
    const number = check(numberSchema, value[i], itemPath(path, i), problems);
    if (number === undefined) fine = false;
    else numbers.push(number);
  }
  return fine ? numbers : undefined;
}
