import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { presets } from '../../src/presets';
import { bigModel } from '../layout/models';
import { allFrames, latexOf } from './helpers';

/** Every command the formulas may write: anything else in a LaTeX string is a bug. */
const allowedCommands = new Set([
  'allowbreak',
  'alpha',
  'begin',
  'boxed',
  'checkmark',
  'delta',
  'end',
  'frac',
  'geq',
  'hat',
  'infty',
  'mathbin',
  'mathit',
  'mathrm',
  'partial',
  'sum',
  'tanh',
  'text',
  'times',
]);

/** The presets, and a network whose Linear layers are wider than a card writes out term by term (see maxWritten). */
const models = [
  ...presets.map((preset) => [`preset ${preset.id}`, preset.model] as const),
  ['wide network', bigModel(6, 2)] as const,
];

describe.each(models)('the cards of the %s', (_name, model) => {
  const frames = allFrames(model);

  it('has a card with lines for every step of every sample and the batch, at both detail levels', () => {
    expect(frames.length).toBeGreaterThan(0);
    for (const { step, card } of frames) {
      expect(card.title, step.id).not.toBe('');
      expect(card.lines.length, step.id).toBeGreaterThan(0);
    }
  });

  it('renders every LaTeX string with KaTeX, throwing on any error', () => {
    const distinct = new Set(frames.flatMap(({ card }) => latexOf(card)));
    for (const latex of distinct)
      expect(() => katex.renderToString(latex, { throwOnError: true, trust: false }), latex).not.toThrow();
  });

  it('writes only allow-listed commands', () => {
    const used = new Set(
      frames.flatMap(({ card }) =>
        latexOf(card).flatMap((latex) => [...latex.matchAll(/\\([A-Za-z]+)/g)].map((m) => m[1] ?? '')),
      ),
    );
    expect([...used].filter((command) => !allowedCommands.has(command))).toEqual([]);
  });

  it('gives every line and segment a key that is unique in its card', () => {
    for (const { step, card } of frames) {
      const ids = card.lines.flatMap((line) => [line.id, ...line.segments.map((segment) => segment.id)]);
      expect(new Set(ids).size, step.id).toBe(ids.length);
    }
  });

  it('links terms only to impact paths of the step', () => {
    for (const { step, card, iteration } of frames) {
      const pass = iteration.passes[step.element];
      const layer = 'k' in step ? pass?.layers[step.k - 1] : undefined;
      const count =
        step.kind === 'delta'
          ? (layer?.delta[step.i]?.terms.length ?? 0)
          : step.kind === 'dw' || step.kind === 'db'
            ? 1
            : step.kind === 'loss'
              ? (pass?.lossDelta.length ?? 0)
              : 0;
      const terms = card.lines.flatMap((line) => [
        line.term,
        ...line.segments.map((segment) => segment.term),
        ...(line.rows ?? []).map((row) => row.term),
      ]);
      for (const term of terms) if (term !== undefined) expect(term, step.id).toBeLessThan(count);
    }
  });
});
