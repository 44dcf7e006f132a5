import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import type { Model } from '../../src/engine/model';
import { toModelFile } from '../../src/format';
import { presets } from '../../src/presets';
import { decodeLink, encodeLink, linkUrl, makeLink, type LinkResult, type LinkView } from '../../src/share';
import { neuronIds, stateArbitrary } from './arbitraries';

/** The fragment of a link whose compressed JSON is `value`, written as it is. */
const linkOf = (value: unknown): string => `#v1=${compressToEncodedURIComponent(JSON.stringify(value))}`;

/** The problems of a result that must have failed. */
function problemsOf(result: LinkResult): readonly string[] {
  if (result.ok) throw new Error('expected the link to be refused, but it was read');
  return result.problems;
}

/** The notes of a result that must have succeeded. */
function notesOf(result: LinkResult): readonly string[] {
  if (!result.ok) throw new Error(`expected the link to be read: ${result.problems.join(' ')}`);
  return result.notes;
}

const example = presets[0]?.model as Model;

describe('encodeLink then decodeLink', () => {
  it('gives back every preset with every sample, the batch, both details and every neuron', () => {
    for (const { model } of presets) {
      const selections = [...model.dataset.keys(), 'batch' as const];
      for (const selection of selections)
        for (const selected of [null, ...neuronIds(model)]) {
          const view: LinkView = { selection, step: 7, detail: 'compact', selected };
          expect(decodeLink(encodeLink({ model, view }))).toEqual({ ok: true, model, view, notes: [] });
        }
    }
  });

  it('gives back the same model and view for random valid states', () => {
    fc.assert(
      fc.property(stateArbitrary, ({ model, view }) => {
        expect(decodeLink(encodeLink({ model, view }))).toEqual({ ok: true, model, view, notes: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the sign of -0 in weights and data', () => {
    const model: Model = {
      ...example,
      layers: [
        { kind: 'input1d', size: 1 },
        { kind: 'linear', size: 1, weights: [[-0]], biases: [-0] },
      ],
      dataset: [{ x: [-0], y: [0] }],
    };
    const result = decodeLink(
      encodeLink({ model, view: { selection: 0, step: 0, detail: 'detailed', selected: null } }),
    );
    if (!result.ok) throw new Error('expected the link to be read');
    const layer = result.model.layers[1];
    expect(
      layer?.kind === 'linear' && Object.is(layer.weights[0]?.[0], -0) && Object.is(layer.biases?.[0], -0),
    ).toBe(true);
    expect(Object.is(result.model.dataset[0]?.x[0], -0)).toBe(true);
    expect(Object.is(result.model.dataset[0]?.y[0], 0)).toBe(true);
  });

  it('reads the fragment with or without "#", with "%" escapes, and with "+" turned into spaces', () => {
    const view: LinkView = { selection: 1, step: 3, detail: 'detailed', selected: 'N:2:0' };
    const fragment = encodeLink({ model: example, view });
    expect(fragment.startsWith('#v1=')).toBe(true);
    const expected = { ok: true, model: example, view, notes: [] };
    expect(decodeLink(fragment.slice(1))).toEqual(expected);
    expect(decodeLink(fragment.replaceAll('$', '%24'))).toEqual(expected);
    expect(decodeLink(fragment.replaceAll('+', ' '))).toEqual(expected);
  });

  it('makes a link that is short enough to share for the Example', () => {
    const made = makeLink({
      model: example,
      view: { selection: 0, step: 0, detail: 'detailed', selected: null },
    });
    expect(made.ok && made.fragment.length < 600).toBe(true);
  });
});

describe('linkUrl(page, state)', () => {
  it('replaces the fragment of the page address', () => {
    const state = {
      model: example,
      view: { selection: 0, step: 0, detail: 'detailed', selected: null },
    } as const;
    expect(linkUrl('https://example.org/app/?embed#old', state)).toBe(
      `https://example.org/app/?embed${encodeLink(state)}`,
    );
    expect(linkUrl('https://example.org/app/', state)).toBe(`https://example.org/app/${encodeLink(state)}`);
  });
});

describe('makeLink(state)', () => {
  it('refuses a model too large for a link, with a sentence', () => {
    const size = 64;
    const big: Model = {
      ...example,
      layers: [
        { kind: 'input1d', size },
        ...Array.from({ length: 4 }, () => ({
          kind: 'linear' as const,
          size,
          weights: Array.from({ length: size }, (_, j) =>
            Array.from({ length: size }, (_, i) => Math.sin(i * 7 + j)),
          ),
        })),
      ],
      dataset: [],
    };
    expect(
      makeLink({ model: big, view: { selection: 0, step: 0, detail: 'detailed', selected: null } }),
    ).toEqual({
      ok: false,
      problem: 'This model is too large to share as a link: download the model file and share it instead.',
    });
  });
});

describe('decodeLink(fragment) with a valid model but a bad view', () => {
  const file = toModelFile(example);
  const read = (view: unknown) => decodeLink(linkOf({ model: file, view }));
  const good = { selection: 1, step: 4, detail: 'compact', selected: 'N:1:2' };

  it('keeps the model and replaces each bad setting by its default, with a note', () => {
    const result = read({ selection: 9, step: -1, detail: 'all', selected: 'N:7:0' });
    expect(result).toEqual({
      ok: true,
      model: example,
      view: { selection: 0, step: 0, detail: 'detailed', selected: null },
      notes: [
        "The link's sample 10 does not exist (the model has 3 samples): showing the first sample.",
        "The link's step -1 is not a whole number from 0: starting at the first step.",
        'The link\'s detail level "all" is neither "detailed" nor "compact": showing every sub-step.',
        'The link\'s selected neuron "N:7:0" is not in this model: no neuron is selected.',
      ],
    });
  });

  it('drops a selected neuron that the model does not draw, or that is not a neuron id', () => {
    for (const selected of ['N:0:3', 'N:4:0', 'N:1:3', 'N:01:0', 'L2:1', 'N:1:0 ', 42, {}]) {
      const result = read({ ...good, selected });
      expect(result.ok && result.view.selected).toBe(null);
      expect(notesOf(result)).toHaveLength(1);
    }
    expect(read({ ...good, selected: 'N:0:2' })).toMatchObject({ ok: true, view: { selected: 'N:0:2' } });
    expect(read({ ...good, selected: 'N:3:0' })).toMatchObject({ ok: true, view: { selected: 'N:3:0' } });
  });

  it('refuses steps that are not whole numbers from 0, and samples that are not indices', () => {
    for (const step of [1.5, '3', null, Number.MAX_SAFE_INTEGER + 2, true])
      expect(notesOf(read({ ...good, step }))).toHaveLength(1);
    for (const selection of [-1, 3, 0.5, '1', 'Batch', null])
      expect(notesOf(read({ ...good, selection }))).toHaveLength(1);
    expect(read({ ...good, selection: 'batch' })).toMatchObject({ ok: true, view: { selection: 'batch' } });
  });

  it('gives each missing setting its default, without a note', () => {
    expect(read({})).toEqual({
      ok: true,
      model: example,
      view: { selection: 0, step: 0, detail: 'detailed', selected: null },
      notes: [],
    });
    expect(read({ step: 4 })).toMatchObject({ view: { selection: 0, step: 4 }, notes: [] });
  });

  it('opens at the start when the view is missing, with a note', () => {
    expect(decodeLink(linkOf({ model: file }))).toEqual({
      ok: true,
      model: example,
      view: { selection: 0, step: 0, detail: 'detailed', selected: null },
      notes: ['This link has no view settings: showing the first sample from the first step.'],
    });
  });
});

describe('decodeLink(fragment) with a bad link', () => {
  it('says the link is damaged when it cannot be decompressed', () => {
    expect(decodeLink('#v1=AAAA')).toEqual({
      ok: false,
      problems: ['This link is damaged: it could not be decompressed.'],
      raw: '#v1=AAAA',
    });
  });

  it("lists the model's problems with their paths", () => {
    const file = toModelFile(example);
    const layers = [file.layers[0], { ...file.layers[1], weights: [[1, 2, 'abc']] }, file.layers[2]];
    expect(problemsOf(decodeLink(linkOf({ model: { ...file, layers }, view: {} })))).toEqual([
      'This link\'s model has a problem: layers[1].weights[0][2]: expected a finite number, got "abc"',
    ]);
    const many = problemsOf(decodeLink(linkOf({ model: { ...file, layers, learningRate: -1 }, view: {} })));
    expect(many[0]).toBe(
      'This link\'s model has problems: layers[1].weights[0][2]: expected a finite number, got "abc"',
    );
    expect(many).toHaveLength(2);
  });

  it('tells a newer link version, an unknown prefix, an empty link and a broken escape apart', () => {
    expect(problemsOf(decodeLink('#v2=abc'))).toEqual([
      'This link was made by a newer version of the app (link version 2); this app reads version 1.',
    ]);
    expect(problemsOf(decodeLink('#v0=abc'))).toEqual([
      'This link is damaged: it says link version 0, which never existed.',
    ]);
    expect(problemsOf(decodeLink('#model=abc'))).toEqual([
      'This link is damaged: it does not start with "#v1=" like the links of this app.',
    ]);
    expect(problemsOf(decodeLink('#v1='))).toEqual([
      'This link is damaged: it holds no data after "v1=" (was it cut?).',
    ]);
    expect(problemsOf(decodeLink('#v1=abc%E0%A4%A'))).toEqual([
      'This link is damaged: it has a broken "%" escape (was it changed when copied?).',
    ]);
    expect(problemsOf(decodeLink('#v1=abc&x=1'))).toEqual([
      'This link is damaged: it has characters that this app never puts in a link (was it changed when copied?).',
    ]);
  });

  it('refuses compressed text that is not JSON, too deep, or holds no model', () => {
    const compressed = (text: string) => `#v1=${compressToEncodedURIComponent(text)}`;
    expect(problemsOf(decodeLink(compressed('{"model": ')))).toEqual([
      'This link is damaged: its content is not valid JSON.',
    ]);
    expect(problemsOf(decodeLink(compressed(`${'['.repeat(30)}${']'.repeat(30)}`)))).toEqual([
      'This link is damaged: its content is nested too deeply to be a model.',
    ]);
    for (const value of [null, [], 3, 'model', { view: {} }, { Model: {} }])
      expect(problemsOf(decodeLink(linkOf(value)))).toEqual(['This link is damaged: it holds no model.']);
  });

  it('refuses a link longer than 64 KB before decompressing it', () => {
    const fragment = `#v1=${'A'.repeat(70_000)}`;
    const result = decodeLink(fragment);
    expect(result).toEqual({
      ok: false,
      problems: ["This link is too long to be one of this app's links (69 KB; the limit is 64 KB)."],
      raw: fragment,
    });
  });

  it('refuses a link that expands past 200 KB', () => {
    const text = JSON.stringify({ model: toModelFile(example), view: {}, pad: 'x'.repeat(210 * 1024) });
    expect(problemsOf(decodeLink(`#v1=${compressToEncodedURIComponent(text)}`))).toEqual([
      'This link is damaged: it expands to more than 200 KB of text, more than any link of this app holds.',
    ]);
  });

  it('returns a failure, not an exception, for a value that is not text', () => {
    expect(decodeLink(42 as unknown as string)).toEqual({
      ok: false,
      problems: ['This link is damaged: it is not text.'],
      raw: '',
    });
  });
});
