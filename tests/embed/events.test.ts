import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCommand, readyEvent, resizeEvent, selectEvent, stepEvent, stepLabel } from '../../src/embed';
import { presets } from '../../src/presets';
import { decodeLink } from '../../src/share';
import { derive } from '../../src/store/derive';
import type { Step } from '../../src/timeline';

/** The text of docs/embed.md. */
const doc = readFileSync(new URL('../../docs/embed.md', import.meta.url), 'utf8');

/** The JSON examples of the doc whose code block is tagged `json <tag>`. */
const examples = (tag: string): unknown[] =>
  [...doc.matchAll(new RegExp('```json ' + tag + '\\n([\\s\\S]*?)```', 'g'))].map((match) =>
    JSON.parse(match[1] ?? ''),
  );

describe('the event builders', () => {
  it('readyEvent(total) gives {type, version, total}', () => {
    expect(readyEvent(48)).toStrictEqual({ type: 'neural-structure:ready', version: 1, total: 48 });
    expect(readyEvent(-3)).toStrictEqual({ type: 'neural-structure:ready', version: 1, total: 0 });
  });

  it('stepEvent(index, total, step) gives {type, index, total, phase, label}', () => {
    const step: Step = {
      kind: 'delta',
      id: 'e0:d:3:0:paths',
      phase: 'backward',
      element: 0,
      stores: [],
      k: 3,
      i: 0,
      stage: 'paths',
    };
    expect(stepEvent(14, 48, step)).toStrictEqual({
      type: 'neural-structure:step',
      index: 14,
      total: 48,
      phase: 'backward',
      label: 'δ^3_1 · paths',
    });
  });

  it('selectEvent(neuron) gives {type, neuron}, and null for anything but a neuron id', () => {
    expect(selectEvent('N:2:0')).toStrictEqual({ type: 'neural-structure:select', neuron: 'N:2:0' });
    expect(selectEvent(null)).toStrictEqual({ type: 'neural-structure:select', neuron: null });
    for (const id of ['My secret title', 'N:2:0<script>', 'L2:1'])
      expect(selectEvent(id)).toStrictEqual({ type: 'neural-structure:select', neuron: null });
  });

  it('resizeEvent(height) gives {type, height} in whole pixels within [0, 100000]', () => {
    expect(resizeEvent(611.2)).toStrictEqual({ type: 'neural-structure:resize', height: 612 });
    expect(resizeEvent(-5)).toStrictEqual({ type: 'neural-structure:resize', height: 0 });
    expect(resizeEvent(Number.NaN)).toStrictEqual({ type: 'neural-structure:resize', height: 0 });
    expect(resizeEvent(1e9)).toStrictEqual({ type: 'neural-structure:resize', height: 100_000 });
  });
});

describe('stepLabel(step)', () => {
  it('labels every step of every preset from an allow-list of symbols, numbers and stage names', () => {
    const allowed =
      /^(o\^\S+_\S+|loss|update L\^\S+|δ(w|b)?\^\S+_\S+( · (goal|paths|formula|local|terms|sum))?)$/;
    for (const { model } of presets)
      for (const detail of ['detailed', 'compact'] as const) {
        const { timeline } = derive(model, 'batch', detail);
        for (const step of timeline.steps) expect(stepLabel(step)).toMatch(allowed);
      }
  });

  it('writes the series notation with 1-based neurons, braced when longer than one character', () => {
    const base = { id: 'x', phase: 'forward', element: 0, stores: [] } as const;
    expect(stepLabel({ ...base, kind: 'forward', k: 2, j: 0 })).toBe('o^2_1');
    expect(stepLabel({ ...base, kind: 'forward', k: 12, j: 9 })).toBe('o^{12}_{10}');
    expect(stepLabel({ ...base, kind: 'loss' })).toBe('loss');
    expect(stepLabel({ ...base, kind: 'dw', k: 2, j: 0, i: 2, stage: 'terms' })).toBe('δw^{2,1}_3 · terms');
    expect(stepLabel({ ...base, kind: 'db', k: 2, j: 0, stage: 'all' })).toBe('δb^2_1');
    expect(stepLabel({ ...base, kind: 'update', k: 2 })).toBe('update L^2');
  });
});

describe('docs/embed.md', () => {
  it('shows only commands that parseCommand accepts, one of each', () => {
    const commands = examples('command');
    const kinds = commands.map((example) => {
      const result = parseCommand(example);
      if (!result.ok)
        throw new Error(`the doc's command ${JSON.stringify(example)} is refused: ${result.reason}`);
      return result.command.kind;
    });
    expect(new Set(kinds)).toEqual(new Set(['goto', 'next', 'prev', 'play', 'pause', 'load', 'select']));
  });

  it('shows events exactly as the builders make them, one of each', () => {
    const events = examples('event');
    const step: Step = {
      kind: 'delta',
      id: 'e0:d:3:0:paths',
      phase: 'backward',
      element: 0,
      stores: [],
      k: 3,
      i: 0,
      stage: 'paths',
    };
    expect(events).toStrictEqual([
      readyEvent(48),
      stepEvent(14, 48, step),
      selectEvent('N:2:0'),
      selectEvent(null),
      resizeEvent(612),
    ]);
  });

  it('has an iframe whose link opens the Example', () => {
    const link = /#v1=[A-Za-z0-9+\-$]+/.exec(doc)?.[0] ?? '';
    expect(decodeLink(link)).toEqual({
      ok: true,
      model: presets[0]?.model,
      view: { selection: 0, step: 0, detail: 'detailed', selected: null },
      notes: [],
    });
  });
});
