import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseModelText, parseModelValue, type ParseResult } from '../../src/format';
import activation from '../../src/presets/activation.json';
import deep from '../../src/presets/deep.json';
import example from '../../src/presets/example.json';
import input from '../../src/presets/input.json';
import linear from '../../src/presets/linear.json';

/** A result is either a model or at least one problem, each with a text path and message. */
function isWellFormed(result: ParseResult): boolean {
  if (result.ok) return true;
  return (
    result.problems.length > 0 &&
    result.problems.every(
      (problem) => typeof problem.path === 'string' && typeof problem.message === 'string',
    )
  );
}

/** Every path to a leaf (a value that is not an object or array) of a JSON value. */
function leafPaths(value: unknown, prefix: readonly (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item: unknown, i) => leafPaths(item, [...prefix, i]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...prefix, key]));
  }
  return [[...prefix]];
}

/** A deep copy of `value` with the leaf at `path` replaced. */
function replaceAt(value: unknown, path: readonly (string | number)[], leaf: unknown): unknown {
  const copy: unknown = structuredClone(value);
  let parent = copy as Record<string | number, unknown>;
  path.slice(0, -1).forEach((key) => (parent = parent[key] as Record<string | number, unknown>));
  const last = path.at(-1);
  return last === undefined ? leaf : ((parent[last] = leaf), copy);
}

const anything = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

describe('the parser never throws', () => {
  it('for any JSON value, given as a value or as text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(isWellFormed(parseModelValue(value))).toBe(true);
        expect(isWellFormed(parseModelText(JSON.stringify(value)))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('for any string of text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(isWellFormed(parseModelText(text))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('for anything at all, given as a value or as the text', () => {
    fc.assert(
      fc.property(anything, (value) => {
        expect(isWellFormed(parseModelValue(value))).toBe(true);
        expect(isWellFormed(parseModelText(value))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('for a value whose fields throw when read', () => {
    const trap = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
        getOwnPropertyDescriptor: () => {
          throw new Error('trap');
        },
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    );
    expect(parseModelValue(trap)).toEqual({
      ok: false,
      problems: [{ path: '(file)', message: 'the model could not be read: trap' }],
    });
  });
});

describe('a preset with one leaf changed to any JSON value', () => {
  const files = { example, activation, linear, input, deep };

  it.each(Object.entries(files))('%s either parses or gives at least one problem', (_name, file) => {
    const paths = leafPaths(file);
    fc.assert(
      fc.property(fc.nat({ max: paths.length - 1 }), fc.jsonValue(), (index, leaf) => {
        const mutated = replaceAt(file, paths[index] ?? [], leaf);
        expect(isWellFormed(parseModelValue(mutated))).toBe(true);
        expect(isWellFormed(parseModelText(JSON.stringify(mutated)))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('gives a problem at the changed weight when it is not a number', () => {
    const mutated = replaceAt(example, ['layers', 1, 'weights', 0, 1], { not: 'a number' });
    expect(parseModelValue(mutated)).toEqual({
      ok: false,
      problems: [{ path: 'layers[1].weights[0][1]', message: 'expected a finite number, got an object' }],
    });
  });
});
