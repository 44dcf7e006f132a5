import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clampToRange,
  defaultEmbedOptions,
  isEmbedQuery,
  parseEmbedOptions,
  resolveRange,
} from '../../src/embed';

describe('parseEmbedOptions(search)', () => {
  it('gives the defaults for an empty query', () => {
    expect(parseEmbedOptions('')).toEqual({ options: defaultEmbedOptions, problems: [] });
    expect(parseEmbedOptions('?')).toEqual({ options: defaultEmbedOptions, problems: [] });
  });

  it('reads every option of the doc', () => {
    expect(
      parseEmbedOptions(
        '?embed&from=3&to=20&controls=none&theme=dark&step=5&sample=2&detail=compact&preset=linear',
      ),
    ).toEqual({
      options: {
        embed: true,
        controls: 'none',
        theme: 'dark',
        from: 3,
        to: 20,
        start: 5,
        sample: 2,
        detail: 'compact',
        preset: 'linear',
      },
      problems: [],
    });
    expect(parseEmbedOptions('embed=1&theme=projector&controls=full&sample=batch').options).toMatchObject({
      embed: true,
      theme: 'projector',
      controls: 'full',
      sample: 'batch',
    });
    expect(parseEmbedOptions('?embed=0').options.embed).toBe(false);
    expect(parseEmbedOptions('?embed=false').options.embed).toBe(false);
  });

  it('ignores each bad value with a message, keeping the default', () => {
    const { options, problems } = parseEmbedOptions(
      '?from=-1&to=2.5&step=1e3&controls=some&theme=blue&sample=first&detail=all&preset=nope',
    );
    expect(options).toEqual(defaultEmbedOptions);
    expect(problems).toEqual([
      'The option "from=-1" is ignored: expected a whole step number from 0 (0 is the first step).',
      'The option "to=2.5" is ignored: expected a whole step number from 0 (0 is the first step).',
      'The option "step=1e3" is ignored: expected a whole step number from 0 (0 is the first step).',
      'The option "sample=first" is ignored: expected a sample number from 0 (0 is the first sample) or "batch".',
      'The option "controls=some" is ignored: expected "none", "minimal" or "full".',
      'The option "theme=blue" is ignored: expected "light", "dark" or "projector".',
      'The option "detail=all" is ignored: expected "detailed" or "compact".',
      'The option "preset=nope" is ignored: expected "example", "input", "linear", "activation" or "deep".',
    ]);
  });

  it('ignores "to" before "from", and moves "step" into [from, to]', () => {
    expect(parseEmbedOptions('?from=10&to=4')).toEqual({
      options: { ...defaultEmbedOptions, from: 10 },
      problems: ['The option "to=4" is before "from=10": it is ignored (the embed plays to the last step).'],
    });
    expect(parseEmbedOptions('?from=3&to=20&step=25')).toEqual({
      options: { ...defaultEmbedOptions, from: 3, to: 20, start: 20 },
      problems: ['The option "step=25" is outside the steps shown (from 3 to 20): starting at step 20.'],
    });
    expect(parseEmbedOptions('?from=3&step=1')).toEqual({
      options: { ...defaultEmbedOptions, from: 3, start: 3 },
      problems: ['The option "step=1" is outside the steps shown (from 3 to the end): starting at step 3.'],
    });
  });

  it('reports unknown and repeated options', () => {
    expect(parseEmbedOptions('?contrls=none&from=1&from=2').problems).toEqual([
      'The option "contrls" is not one of this app\'s ("embed", "from", "to", "step", "controls", "theme", "sample", "detail" or "preset"): it is ignored.',
      'The option "from" is given more than once: the first one is used.',
    ]);
    expect(parseEmbedOptions('?from=1&from=2').options.from).toBe(1);
  });

  it('ignores a query too long to be options, and reports at most 20 problems', () => {
    const long = parseEmbedOptions(`?theme=dark&x=${'a'.repeat(3000)}`);
    expect(long.options).toEqual(defaultEmbedOptions);
    expect(long.problems).toHaveLength(1);
    const many = parseEmbedOptions(Array.from({ length: 100 }, (_, n) => `x${n}=1`).join('&'));
    expect(many.problems).toHaveLength(20);
  });

  it('never throws, and always gives options within their bounds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (search) => {
        const { options, problems } = parseEmbedOptions(search);
        expect(Number.isSafeInteger(options.from) && options.from >= 0).toBe(true);
        if (options.to !== null) expect(options.to).toBeGreaterThanOrEqual(options.from);
        if (options.start !== null) {
          expect(options.start).toBeGreaterThanOrEqual(options.from);
          if (options.to !== null) expect(options.start).toBeLessThanOrEqual(options.to);
        }
        expect(problems.length).toBeLessThanOrEqual(20);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('resolveRange(options, total) and clampToRange(index, range)', () => {
  it('fits the range to the timeline, saying when a bound moved', () => {
    expect(resolveRange({ from: 3, to: null }, 48)).toEqual({ range: { from: 3, to: 47 }, problems: [] });
    expect(resolveRange({ from: 3, to: 20 }, 48)).toEqual({ range: { from: 3, to: 20 }, problems: [] });
    expect(resolveRange({ from: 60, to: 90 }, 48)).toEqual({
      range: { from: 47, to: 47 },
      problems: [
        'The option "from=60" is past the last step (47): starting at step 47.',
        'The option "to=90" is past the last step (47): playing to step 47.',
      ],
    });
    expect(resolveRange({ from: 0, to: null }, 0).range).toEqual({ from: 0, to: 0 });
  });

  it('keeps indices within the range', () => {
    const range = { from: 3, to: 20 };
    expect([-5, 3, 10.7, 20, 99, Number.NaN].map((index) => clampToRange(index, range))).toEqual([
      3, 3, 10, 20, 20, 3,
    ]);
  });
});

describe('isEmbedQuery(search)', () => {
  it('says what parseEmbedOptions says of the embed option, without reading the others', () => {
    const queries = [
      '',
      '?embed',
      'embed',
      '?embed=0',
      '?embed=false',
      '?embed=1&theme=dark',
      '?theme=dark&embed',
      '?embed=0&embed=1',
      '?embe',
      `?embed&x=${'a'.repeat(2100)}`,
      '?%zz&embed',
    ];
    for (const search of queries)
      expect(isEmbedQuery(search), search.slice(0, 40)).toBe(parseEmbedOptions(search).options.embed);
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom('embed', 'embed=0', 'embed=false', 'embed=yes', 'from=2', '&', '=', '%', '?'),
        ),
        (parts) => {
          const search = `?${parts.join('&')}`;
          return isEmbedQuery(search) === parseEmbedOptions(search).options.embed;
        },
      ),
    );
  });
});
