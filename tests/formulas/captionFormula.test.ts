import { describe, expect, it } from 'vitest';
import { captionFormula } from '../../src/formulas/captionFormula';
import { deep, example } from '../../src/presets/models';
import { frame, framesOf } from './helpers';

const example1 = framesOf(example, 0, 'detailed');

describe('captionFormula(card)', () => {
  it('says a continued line with the symbol it computes, "…" standing for the lines between', () => {
    expect(captionFormula(frame(example1, 'e0:o:2:0').card)?.text).toBe('o²₁ = … = 0');
    expect(captionFormula(frame(example1, 'e0:o:2:0').card)?.latex).toMatch(
      /^o\^\{2\}_\{1\} = \\cdots = \\boxed\{0\}$/,
    );
  });

  it('puts the symbol right before a continued line that comes under the line it continues', () => {
    const update = captionFormula(frame(example1, 'update:2').card)?.text;
    expect(update).toBe('ŵ²,¹₃ = 0.000172414 − 10⁻⁷ * 0 = 0.000172414');
    const logistic = captionFormula(frame(framesOf(deep, 0, 'detailed'), 'e0:o:5:0').card)?.text;
    expect(logistic).toBe('o⁵₁ = 1/(1 + e^(−(−0.05))) = 0.487503');
  });

  it('keeps a line that stands alone as it is', () => {
    const { card } = frame(example1, 'e0:o:3:0');
    expect(captionFormula(card)?.text).toBe('o²₁ = 0 ≥ 0 ✓, so o³₁ = o²₁ = 0');
    expect(captionFormula(card)?.latex).toBe(card.lines.at(-1)?.latex);
  });

  it('has no formula for a card without math lines', () => {
    expect(captionFormula({ title: 'empty', lines: [] })).toBeUndefined();
  });
});
