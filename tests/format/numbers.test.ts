import { describe, expect, it } from 'vitest';
import { formatProblem, parseNumberText, readNumberText } from '../../src/format';

describe('parseNumberText', () => {
  it.each([
    ['0.005', 0.005],
    ['1/200', 1 / 200],
    ['-3000/11600000', -3000 / 11600000],
    ['1/5800', 1 / 5800],
    ['1e-7', 1e-7],
    [' 2.5 ', 2.5],
    ['+4', 4],
    ['.5', 0.5],
    ['3.', 3],
    ['2E3', 2000],
    ['\u22122', -2],
    [' 1 / 4 ', 0.25],
    ['1/-2', -0.5],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumberText(text)).toBe(value);
  });

  it.each([
    '',
    '   ',
    'abc',
    '1/0',
    '0/0',
    '1e999',
    '1/2/3',
    '/2',
    '2/',
    '0x10',
    'Infinity',
    'NaN',
    '1,5',
    '--1',
    '1 2',
  ])('rejects %j', (text) => {
    expect(parseNumberText(text)).toBeUndefined();
  });

  it('tells a division by zero from a text that is not a number', () => {
    expect(readNumberText('1/0')).toEqual({ ok: false, reason: 'zero-divisor' });
    expect(readNumberText('abc')).toEqual({ ok: false, reason: 'not-a-number' });
    expect(readNumberText('1e400')).toEqual({ ok: false, reason: 'too-large' });
  });

  it('tells a number too small to represent (it would round to 0) from a written 0', () => {
    for (const text of ['1e-400', '-2.5e-330', '1/1e400', '1e-200/1e200', '1/1e-400'])
      expect(readNumberText(text)).toEqual({ ok: false, reason: 'too-small' });
    for (const text of ['0', '-0', '0.000e-400', '0/5', '5e-324'])
      expect(readNumberText(text)).toMatchObject({ ok: true });
  });

  it('answers without hanging for a million digits followed by a letter', () => {
    expect(parseNumberText(`${'1'.repeat(1_000_000)}x`)).toBeUndefined();
  });
});

describe('formatProblem', () => {
  it('writes the path, a colon and the message', () => {
    const problem = { path: 'layers[1].weights[0][2]', message: 'expected a finite number, got "abc"' };
    expect(formatProblem(problem)).toBe('layers[1].weights[0][2]: expected a finite number, got "abc"');
  });
});
