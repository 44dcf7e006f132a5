import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactSum } from '../../src/engine';

describe('exactSum', () => {
  it('turns a sum that cancels in rationals but not in floats into an exact 0', () => {
    const naive = 2000 * (-3000 / 11600000) + 3000 * (1 / 5800);
    expect(naive).not.toBe(0);
    expect(Object.is(exactSum([0 * (1 / 200), 2000 * (-3000 / 11600000), 3000 * (1 / 5800)]), 0)).toBe(true);
    expect(exactSum([0.1, 0.2, -0.3])).toBe(0);
  });

  it('keeps small sums that are real, not rounding noise', () => {
    expect(exactSum([1e-10, 0])).toBe(1e-10);
    expect(exactSum([1, -1 + 2 ** -40])).toBe(2 ** -40);
  });

  it('differs from the float sum only by less than its rounding error bound', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 20 }), (terms) => {
        const sum = terms.reduce((total, term) => total + term, 0);
        const magnitude = terms.reduce((total, term) => total + Math.abs(term), 0);
        expect(Math.abs(exactSum(terms) - sum)).toBeLessThanOrEqual(
          2 * (terms.length + 2) * 2 ** -53 * magnitude,
        );
      }),
    );
  });

  it('lets NaN and ∞ through', () => {
    expect(exactSum([1, NaN])).toBeNaN();
    expect(exactSum([Infinity, 1])).toBe(Infinity);
  });
});
