import { describe, expect, it } from 'vitest';
import { breakPieces, shortenings } from '../../../src/components/card/breaks';
import { examplePreset } from '../../../src/presets';
import { frame, framesOf } from '../../formulas/helpers';
import { everyFormula } from './formulas';

/** How far a string's braces and environments are open at its end (0 when they all close). */
function openAt(latex: string): number {
  const braces = (latex.match(/(?<!\\)\{/g) ?? []).length - (latex.match(/(?<!\\)\}/g) ?? []).length;
  const environments = (latex.match(/\\begin\{/g) ?? []).length - (latex.match(/\\end\{/g) ?? []).length;
  return braces + environments;
}

/** A formula with its breaks and spaces taken out: what the pieces, put back together, must read. */
const squeezed = (latex: string): string => latex.replaceAll('\\allowbreak', '').replace(/\s+/g, '');

describe('breakPieces(latex): where a formula too long for its line may go on to the next', () => {
  it('cuts after a relation or a "+" and at \\allowbreak, of the top level only', () => {
    expect(breakPieces('a = b + c')).toEqual(['a =', 'b +', 'c']);
    expect(breakPieces('{a = b} + \\frac{c + d}{e = f}')).toEqual(['{a = b} +', '\\frac{c + d}{e = f}']);
    expect(breakPieces('x \\geq 0 \\;\\checkmark')).toEqual(['x \\geq', '0 \\;\\checkmark']);
    expect(breakPieces('\\text{so }\\allowbreak\\text{o}')).toEqual(['\\text{so }', '\\text{o}']);
    expect(breakPieces('\\begin{array}{rr} a = b & \\allowbreak c \\end{array}')).toEqual([
      '\\begin{array}{rr} a = b & \\allowbreak c \\end{array}',
    ]);
  });

  it('keeps a boxed result with the "=" before it', () => {
    expect(breakPieces('a = b - c = \\boxed{d}')).toEqual(['a =', 'b - c', '= \\boxed{d}']);
    expect(breakPieces('= \\boxed{d}')).toEqual(['= \\boxed{d}']);
    expect(breakPieces('\\boxed{a} = b')).toEqual(['\\boxed{a} =', 'b']);
  });

  it('never cuts before the first symbol: a line that begins with "=" keeps its first value', () => {
    expect(breakPieces('= 0.5')).toEqual(['= 0.5']);
    expect(breakPieces('+ 1 = 2')).toEqual(['+ 1 =', '2']);
  });

  it.each([2, 'batch'] as const)(
    'cuts the loss step’s δ line only at an "=", never inside a difference (%s)',
    (selection) => {
      const { card } = frame(framesOf(examplePreset.model, selection, 'detailed'), 'e0:loss');
      const delta = card.lines.find((line) => line.id === 'loss:delta:0');
      const pieces = breakPieces(delta?.latex ?? '');
      expect(pieces.length).toBeGreaterThan(3);
      // Each cut is at an "=": after it, or before it where the boxed result takes it along.
      pieces.slice(0, -1).forEach((piece, n) => {
        if (pieces[n + 1]?.startsWith('= \\boxed')) expect(n).toBe(pieces.length - 2);
        else expect(piece).toMatch(/=$/);
      });
    },
  );

  it('loses nothing and cuts no group in two, in every formula of the card', () => {
    expect(everyFormula.length).toBeGreaterThan(500);
    for (const latex of everyFormula) {
      const pieces = breakPieces(latex);
      expect(squeezed(pieces.join('')), latex).toBe(squeezed(latex));
      for (const piece of pieces) expect(openAt(piece), `${piece} in ${latex}`).toBe(0);
    }
  });
});

describe('shortenings(latex): the forms of a caption’s formula, for a strip too narrow for the whole', () => {
  it('keeps the first side and ever fewer of the last ones, the middle skipped', () => {
    expect(shortenings('d = \\frac{a}{b} = o - y = 2.5 - 2 = \\boxed{0.5}')).toEqual([
      'd = \\frac{a}{b} = o - y = 2.5 - 2 = \\boxed{0.5}',
      'd = \\cdots = o - y = 2.5 - 2 = \\boxed{0.5}',
      'd = \\cdots = 2.5 - 2 = \\boxed{0.5}',
      'd = \\cdots = \\boxed{0.5}',
    ]);
  });

  it('splits at the top level only, and gives a formula with no middle as it is', () => {
    expect(shortenings('{a = b} = \\sum_{j=1} c = d')).toEqual([
      '{a = b} = \\sum_{j=1} c = d',
      '{a = b} = \\cdots = d',
    ]);
    expect(shortenings('o = 100')).toEqual(['o = 100']);
    expect(shortenings('= 0.5 = 1')).toEqual(['= 0.5 = 1']);
    // A middle skipped already is not skipped again.
    expect(shortenings('o = \\cdots = \\boxed{0}')).toEqual(['o = \\cdots = \\boxed{0}']);
  });
});
