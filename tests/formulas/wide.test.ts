import { describe, expect, it } from 'vitest';
import type { CardLine } from '../../src/formulas';
import { examplePreset } from '../../src/presets';
import { bigModel } from '../layout/models';
import { frame, framesOf } from './helpers';

/** Input 6, Linear 6, ReLU, Linear 6: every Linear sum has 6 terms, more than a card writes out. */
const wide = bigModel(6, 2);
const detailed = framesOf(wide, 0, 'detailed');
const compact = framesOf(wide, 0, 'compact');
/** Input 4, Linear 4, ReLU, Linear 4: sums of 4 terms, written out term by term as the series does. */
const narrow = framesOf(bigModel(4, 2), 0, 'detailed');

/** A number as a card prints it ("−0.0138454", "1.2 × 10⁻⁵"), read back. */
function read(text: string): number {
  const plain = text.replace(/\u2212/g, '-').replace(/\u202f/g, '');
  const scientific = /^(-?[\d.]+) × 10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/.exec(plain);
  if (!scientific) return Number(plain);
  const exponent = [...(scientific[2] ?? '')].map((c) => (c === '⁻' ? '-' : String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c))));
  return Number(scientific[1]) * 10 ** Number(exponent.join(''));
}

/** The card's table line (there is one at most). */
const tableOf = (lines: readonly CardLine[]): CardLine | undefined =>
  lines.find((line) => line.kind === 'table');

/** A table's column by header text, as numbers. */
function column(table: CardLine | undefined, header: string): number[] {
  const index = table?.segments.findIndex((segment) => segment.text === header) ?? -1;
  if (index < 0) throw new Error(`no column ${header} in ${table?.segments.map((s) => s.text).join(' | ')}`);
  return (table?.rows ?? []).map((row) => read(row.cells[index] ?? ''));
}

/** True when a printed value agrees with a value to the card's 6 significant digits. */
const agrees = (printed: number, value: number) =>
  Math.abs(printed - value) <= 5e-6 * Math.max(1e-3, Math.abs(value));

describe('the card of a wide Linear layer', () => {
  it('writes o^k_j with Σ, its weights and inputs in a table, then the value', () => {
    const { card, iteration } = frame(detailed, 'e0:o:2:3');
    const [sum, table, value] = card.lines;
    expect(sum?.latex).toContain('\\sum_{i=1}^{6}');
    expect(sum?.text).toBe('o²₄ = Σᵢ₌₁⁶ w²,⁴ᵢ . o¹ᵢ + b²₄');
    const layer = wide.layers[1];
    if (layer?.kind !== 'linear') throw new Error('layer 2 is Linear');
    expect(column(table, 'i')).toEqual([1, 2, 3, 4, 5, 6]);
    column(table, 'w²,⁴ᵢ').forEach((w, i) =>
      expect(agrees(w, layer.weights[3]?.[i] ?? NaN), `w ${i}`).toBe(true),
    );
    const x = wide.dataset[0]?.x ?? [];
    column(table, 'o¹ᵢ').forEach((data, i) => expect(agrees(data, x[i] ?? NaN), `x ${i}`).toBe(true));
    // The value, and the same value from the table's numbers, added independently.
    const expected = iteration.passes[0]?.layers[1]?.output[3] ?? NaN;
    expect(
      agrees(read(/\\boxed\{([^}]*)\}/.exec(value?.latex ?? '')?.[1]?.replace(/\\,/g, '') ?? ''), expected),
    ).toBe(true);
    const weights = column(table, 'w²,⁴ᵢ');
    const recomputed = column(table, 'o¹ᵢ').reduce(
      (total, xi, i) => total + xi * (weights[i] ?? NaN),
      layer.biases?.[3] ?? 0,
    );
    expect(Math.abs(recomputed - expected)).toBeLessThan(1e-4);
  });

  it('lists a wide δ’s impact paths in a table that grows with the stages, each row linked to its path', () => {
    const headers = (stage: string) =>
      tableOf(frame(detailed, `e0:d:4:2:${stage}`).card.lines)?.segments.map((segment) => segment.text);
    expect(headers('goal')).toBeUndefined();
    expect(headers('formula')).toBeUndefined();
    expect(headers('local')).toEqual(['j', 'w⁴,ʲ₃']);
    expect(headers('terms')).toEqual(['j', 'w⁴,ʲ₃', 'δ⁵ⱼ', 'δ⁵ⱼ . w⁴,ʲ₃']);
    const table = tableOf(frame(detailed, 'e0:d:4:2:terms').card.lines);
    expect(table?.rows?.map((row) => row.term)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('gives chain-rule terms that are δ^{k+1}_j times the weight and add up to the boxed δ', () => {
    const { card, iteration } = frame(detailed, 'e0:d:4:2:sum');
    const table = tableOf(card.lines);
    const deltas = column(table, 'δ⁵ⱼ');
    const weights = column(table, 'w⁴,ʲ₃');
    const products = column(table, 'δ⁵ⱼ . w⁴,ʲ₃');
    products.forEach((product, n) =>
      expect(Math.abs(product - (deltas[n] ?? NaN) * (weights[n] ?? NaN)), `term ${n}`).toBeLessThan(1e-5),
    );
    const delta = iteration.passes[0]?.layers[3]?.delta[2]?.value ?? NaN;
    expect(Math.abs(products.reduce((a, b) => a + b, 0) - delta)).toBeLessThan(1e-5);
    const sum = card.lines.at(-1);
    expect(sum?.role).toBe('sum');
    expect(sum?.latex).toContain('\\sum_{j=1}^{6}');
    expect(sum?.latex).toContain('\\boxed{');
  });

  it('marks what each stage adds, the table at each stage that adds a column', () => {
    const roles = ['goal', 'paths', 'formula', 'local', 'terms', 'sum'].map((stage) =>
      frame(detailed, `e0:d:4:2:${stage}`).card.lines.map(
        (line) => `${line.kind === 'table' ? 'table' : line.role}${line.fresh ? '*' : ''}`,
      ),
    );
    expect(roles[0]).toEqual(['goal*', 'goal*']);
    expect(roles[1]).toEqual(['goal', 'goal', 'paths*']);
    expect(roles[2]).toEqual(['goal', 'goal', 'paths', 'formula*']);
    expect(roles[3]).toEqual(['goal', 'goal', 'paths', 'formula', 'local*', 'table*']);
    expect(roles[4]).toEqual(['goal', 'goal', 'paths', 'formula', 'local', 'terms*', 'table*']);
    expect(roles[5]).toEqual(['goal', 'goal', 'paths', 'formula', 'local', 'terms', 'table', 'sum*']);
  });

  it('shows the formula, the whole table and the sum in one compact step', () => {
    const { card } = frame(compact, 'e0:d:4:2:all');
    expect(card.lines.map((line) => (line.kind === 'table' ? 'table' : line.role))).toEqual([
      'formula',
      'table',
      'sum',
    ]);
    expect(tableOf(card.lines)?.segments).toHaveLength(4);
  });

  it('keeps sums of at most 4 terms written out term by term, as the series does', () => {
    for (const { step, card } of narrow) expect(tableOf(card.lines), step.id).toBeUndefined();
    const terms = frame(narrow, 'e0:d:4:2:terms').card.lines.filter((line) => line.role === 'terms');
    expect(terms).toHaveLength(4);
  });

  it('updates a wide layer in a table: every weight and bias, with ŵ = w − α . δw', () => {
    const { card } = frame(detailed, 'update:2');
    const table = tableOf(card.lines);
    expect(table?.rows).toHaveLength(6 * 6 + 6);
    const before = column(table, 'w');
    const gradients = column(table, 'δw');
    const after = column(table, 'ŵ');
    after.forEach((updated, n) =>
      expect(
        Math.abs(updated - ((before[n] ?? NaN) - wide.learningRate * (gradients[n] ?? NaN))),
        `row ${n}`,
      ).toBeLessThan(1e-5),
    );
    expect(table?.rows?.[0]?.cells[0]).toBe('w²,¹₁');
    expect(table?.rows?.at(-1)?.cells[0]).toBe('b²₆');
  });
});

describe('the loss card of several outputs', () => {
  it('flags the summed loss as the app’s own choice (spec 8), which a single output never is', () => {
    const notes = (frames: typeof detailed) =>
      frame(frames, 'e0:loss')
        .card.lines.filter((line) => line.kind === 'note')
        .map((line) => line.text);
    const [note, ...more] = notes(detailed);
    expect(more).toEqual([]);
    // It says that the series does not define it, and over how many outputs the app sums.
    expect(note).toMatch(/own choice/);
    expect(note).toMatch(/6 outputs/);
    expect(notes(framesOf(examplePreset.model, 0, 'detailed'))).toEqual([]);
  });
});
