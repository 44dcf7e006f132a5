import { describe, expect, it } from 'vitest';
import { factor, num, operand } from '../../src/formulas/numbers';
import { words } from '../../src/formulas/expr';

describe('num(value)', () => {
  it.each([
    [0, '0', '0'],
    [-0, '0', '0'],
    [-1, '-1', '−1'],
    [0.005, '0.005', '0.005'],
    [-3000 / 11600000, '-0.000258621', '−0.000258621'],
    [1 / 5800, '0.000172414', '0.000172414'],
    [3000, '3\\,000', '3\u202f000'],
    [2000, '2\\,000', '2\u202f000'],
    [123456.7, '123\\,457', '123\u202f457'],
    [0.5, '0.5', '0.5'],
    [1e-7, '10^{-7}', '10⁻⁷'],
    [1.5e-7, '1.5 \\times 10^{-7}', '1.5 × 10⁻⁷'],
    [-5.862068965517e-5, '-5.86207 \\times 10^{-5}', '−5.86207 × 10⁻⁵'],
    [1234567, '1.23457 \\times 10^{6}', '1.23457 × 10⁶'],
    [Infinity, '\\infty', '∞'],
    [-Infinity, '-\\infty', '−∞'],
    [NaN, '\\text{NaN}', 'NaN'],
  ])('prints %s as %s (text %s)', (value, tex, text) => {
    expect(num(value).tex).toBe(tex);
    expect(num(value).text).toBe(text);
  });

  it('reads numbers aloud without separators', () => {
    expect(num(3000).say).toBe('3000');
    expect(num(-1).say).toBe('−1');
    expect(num(1e-7).say).toBe('10^-7');
  });
});

describe('factor(value) and operand(value)', () => {
  it('puts negative numbers in parentheses when multiplied, as (−1) * 0.005', () => {
    expect(factor(-1).tex).toBe('(-1)');
    expect(factor(0.005).tex).toBe('0.005');
    expect(factor(1.5e-7).tex).toBe('(1.5 \\times 10^{-7})');
    expect(factor(1e-7).tex).toBe('10^{-7}');
  });

  it('puts negative numbers in parentheses after a sign, as 0.5 + (−1)', () => {
    expect(operand(-1).text).toBe('(−1)');
    expect(operand(2).text).toBe('2');
  });
});

describe('words(text)', () => {
  it('sets plain words upright, with a line break allowed on either side', () => {
    expect(words(' impacts ').tex).toBe('\\allowbreak\\text{ impacts }\\allowbreak');
  });

  it('lets a line break between the words, but never before a comma or a colon', () => {
    expect(words(', and each impacts the ').tex).toBe(
      '\\text{, }\\allowbreak\\text{and }\\allowbreak\\text{each }\\allowbreak\\text{impacts }\\allowbreak\\text{the }\\allowbreak',
    );
    expect(words(': 16 impact paths').tex).toMatch(/^\\text\{: \}/);
  });

  it('refuses anything LaTeX could read as a command', () => {
    expect(() => words('\\href{javascript:alert(1)}{x}')).toThrow();
    expect(() => words('a $b$')).toThrow();
    expect(() => words('{')).toThrow();
  });
});
