import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { toModelFile } from '../../src/format';
import { presets } from '../../src/presets';
import { decodeLink, encodeLink, maxLinkLength, type LinkResult } from '../../src/share';
import { stateArbitrary } from './arbitraries';
import { alphabet, quadraticStream } from './hostile';

/** Checks a result of an untrusted link: a failure says why in sentences; a success re-encodes to itself. */
function expectSound(result: LinkResult): void {
  if (result.ok) {
    expect(decodeLink(encodeLink(result))).toEqual({ ...result, notes: [] });
    return;
  }
  // The first sentence says what is wrong with the link; the others are the model's problems, with their paths.
  expect(result.problems[0]).toMatch(/^This link/);
  for (const problem of result.problems) expect(problem).toMatch(/\S/);
}

/** A fragment made of `chars`, after "#v1=". */
const fragmentOf = (chars: readonly string[]) => `#v1=${chars.join('')}`;

/** One change to a link: flip a character, insert one, delete one, or cut the end. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), char: fc.constantFrom(...alphabet) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    char: fc.string({ minLength: 1, maxLength: 1 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
);

/** One change as drawn. */
type Mutation = { readonly kind: string; readonly at: number; readonly char?: string };

/** Applies changes to the data of a fragment (after "#v1="). */
function mutate(fragment: string, changes: readonly Mutation[]): string {
  let data = fragment.slice(4);
  for (const change of changes) {
    const at = data.length === 0 ? 0 : change.at % data.length;
    if (change.kind === 'flip') data = `${data.slice(0, at)}${change.char ?? 'A'}${data.slice(at + 1)}`;
    else if (change.kind === 'insert') data = `${data.slice(0, at)}${change.char ?? 'A'}${data.slice(at)}`;
    else if (change.kind === 'delete') data = `${data.slice(0, at)}${data.slice(at + 1)}`;
    else data = data.slice(0, at);
  }
  return `#v1=${data}`;
}

describe('decodeLink(fragment) on hostile input', () => {
  it('never throws on thousands of random strings, and refuses them with a sentence', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 50 })),
        (text) => {
          expectSound(decodeLink(text));
          expectSound(decodeLink(`#v1=${text}`));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('never throws on random strings of the link alphabet', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 400 }), (chars) => {
        const result = decodeLink(fragmentOf(chars));
        expectSound(result);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws on valid links with characters flipped, inserted, deleted or cut', () => {
    fc.assert(
      fc.property(stateArbitrary, fc.array(mutation, { minLength: 1, maxLength: 4 }), (state, changes) => {
        expectSound(decodeLink(mutate(encodeLink(state), changes)));
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses every cut of a preset link', () => {
    for (const { model } of presets) {
      const fragment = encodeLink({
        model,
        view: { selection: 0, step: 0, detail: 'detailed', selected: null },
      });
      for (let length = 4; length < fragment.length; length += 1) {
        const result = decodeLink(fragment.slice(0, length));
        expectSound(result);
        expect(result.ok).toBe(false);
      }
    }
  });

  it('refuses a valid compression of junk JSON, with a sentence', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = decodeLink(`#v1=${compressToEncodedURIComponent(JSON.stringify(value) ?? '')}`);
        expectSound(result);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses junk where the model should be, and a model file with junk fields', () => {
    const file = toModelFile(presets[0]?.model ?? (undefined as never));
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ maxLength: 10 }), (junk, key) => {
        for (const value of [
          { model: junk },
          { model: { ...file, layers: junk } },
          { model: { ...file, [`x${key}`]: junk } },
        ]) {
          const result = decodeLink(`#v1=${compressToEncodedURIComponent(JSON.stringify(value))}`);
          expectSound(result);
          expect(result.ok).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses huge links, the quadratic-expansion ones included, and returns', () => {
    const huge = [
      `#v1=${'A'.repeat(10_000_000)}`,
      `#v1=${quadraticStream(25_000)}`,
      `#v1=${quadraticStream(1_000)}`,
      `#v1=${'A'.repeat(maxLinkLength - 4)}`,
      `#${'v1='.repeat(30_000)}`,
      `#v1=${'%'.repeat(60_000)}`,
      `#v1=${compressToEncodedURIComponent('['.repeat(150_000))}`,
    ];
    for (const fragment of huge) {
      const result = decodeLink(fragment);
      expectSound(result);
      expect(result.ok).toBe(false);
    }
  });
});
