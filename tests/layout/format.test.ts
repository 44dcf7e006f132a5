import { describe, expect, it } from 'vitest';
import {
  formatFull,
  formatValue,
  mathWidth,
  parseScripts,
  plainScripts,
  unicodeScripts,
} from '../../src/layout';

describe('formatValue', () => {
  it('prints an exact 0 as 0, and never "−0"', () => {
    expect(formatValue(0)).toBe('0');
    expect(formatValue(-0)).toBe('0');
    expect(formatFull(-0)).toBe('0');
  });

  it('keeps up to 4 significant digits with a typographic minus', () => {
    expect(formatValue(0.005)).toBe('0.005');
    expect(formatValue(-3000 / 11600000)).toBe('−0.0002586');
    expect(formatValue(2000)).toBe('2000');
    expect(formatValue(12345)).toBe('12350');
    expect(formatValue(-1)).toBe('−1');
    expect(formatValue(1 / 3)).toBe('0.3333');
  });

  it('writes tiny and huge values with a power of ten', () => {
    expect(formatValue(1e-7)).toBe('1×10⁻⁷');
    expect(formatValue(-2.5e-5)).toBe('−2.5×10⁻⁵');
    expect(formatValue(1234567)).toBe('1.235×10⁶');
  });

  it('names non-finite values', () => {
    expect(formatValue(NaN)).toBe('NaN');
    expect(formatValue(Infinity)).toBe('∞');
    expect(formatValue(-Infinity)).toBe('−∞');
  });

  it('gives the full value for tooltips', () => {
    expect(formatFull(-3000 / 11600000)).toBe('−0.0002586206896551724');
  });
});

describe('parseScripts', () => {
  it('splits a label into base text, superscripts and subscripts', () => {
    expect(parseScripts('w^{2,1}_{3}').map(({ text, script }) => [text, script])).toEqual([
      ['w', 'base'],
      ['2,1', 'super'],
      ['3', 'sub'],
    ]);
    expect(parseScripts('Loss(X^{4}, Y^{truth})').map((run) => run.text)).toEqual([
      'Loss(X',
      '4',
      ', Y',
      'truth',
      ')',
    ]);
  });

  it('keeps a lone caret as text', () => {
    expect(parseScripts('a^b').map((run) => run.text)).toEqual(['a^b']);
  });

  it('gives each run its position in the source, a stable key', () => {
    expect(parseScripts('X^{2}_{1}').map((run) => run.at)).toEqual([0, 1, 5]);
  });
});

describe('plainScripts', () => {
  it('drops the braces of one-character scripts only', () => {
    expect(plainScripts('w^{3,1}_{1}')).toBe('w^{3,1}_1');
    expect(plainScripts('o^{3}_{1}')).toBe('o^3_1');
  });
});

describe('unicodeScripts', () => {
  it('writes the scripts of a tooltip in Unicode superscripts and subscripts', () => {
    expect(unicodeScripts('w^{3,1}_{12}')).toBe('w³,¹₁₂');
    expect(unicodeScripts('δ^{10,2}_{1}')).toBe('δ¹⁰,²₁');
    expect(unicodeScripts('y^{truth}_{j}')).toBe('yᵗʳᵘᵗʰⱼ');
  });

  it('writes unbraced scripts too, as the plain labels have them', () => {
    expect(unicodeScripts('set w^{2,1}_3')).toBe('set w²,¹₃');
    expect(unicodeScripts('set y^truth_2 of sample 3')).toBe('set yᵗʳᵘᵗʰ₂ of sample 3');
    expect(unicodeScripts('move layer L^2 to L^3')).toBe('move layer L² to L³');
  });

  it('leaves a script it has no characters for as it is', () => {
    expect(unicodeScripts('x^{q}_{k}')).toBe('x^{q}_{k}');
  });
});

describe('mathWidth', () => {
  it('counts a stacked superscript and subscript once', () => {
    expect(mathWidth('X^{2}_{1}', 20)).toBeCloseTo(mathWidth('X^{2}', 20), 6);
    expect(mathWidth('w^{2,1}_{3}', 20)).toBeGreaterThan(mathWidth('w', 20));
  });
});
