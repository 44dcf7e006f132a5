import { describe, expect, it } from 'vitest';
import { narrate, stepCaption, stepLabel } from '../../src/formulas';
import { examplePreset } from '../../src/presets';
import { frame, framesOf } from './helpers';

const model = examplePreset.model;
/** Sample 3 of the Example, x = (0, 2000, 3000), y = 1: the one that learns (spec 3.7). */
const detailed = framesOf(model, 2, 'detailed');
const compact = framesOf(model, 2, 'compact');

describe('the Example, sample 3', () => {
  it('shows the ReLU test evaluated on o^2 = 0 and δ^3_1 = −1 at the sum of δ^3_1', () => {
    const { card } = frame(detailed, 'e0:d:3:0:sum');
    const sum = card.lines.at(-1);
    expect(sum?.role).toBe('sum');
    expect(sum?.latex).toContain('o^{2}_{1} = {0 \\geq 0 \\;\\checkmark}');
    expect(sum?.latex).toContain('\\delta^{3}_{1} =');
    expect(sum?.latex).toContain('\\delta^{4}_{1}');
    expect(sum?.latex).toContain('\\boxed{-1}');
    expect(sum?.text).toBe('o²₁ = 0 ≥ 0 ✓, so δ³₁ = δ⁴₁ = −1');
  });

  it('writes the ReLU local derivative as the series does: 1 if X ≥ 0 else 0, then evaluated at o^2_1', () => {
    const { card } = frame(detailed, 'e0:d:3:0:local');
    const local = card.lines.filter((line) => line.role === 'local').map((line) => line.text);
    expect(local).toEqual([
      '∂L³₁/∂X³₁ = 1 if X³₁ ≥ 0 else 0',
      '∂L³₁/∂X³₁(o²₁) = (1 if o²₁ ≥ 0 else 0) = 1 since 0 ≥ 0 ✓',
      'so δ³₁ = δ⁴₁ if o²₁ ≥ 0 else 0',
    ]);
  });

  it('shows the same test and value in one compact step', () => {
    const { card } = frame(compact, 'e0:d:3:0:all');
    const latex = card.lines.map((line) => line.latex).join('\n');
    expect(latex).toContain('o^{2}_{1} = {0 \\geq 0 \\;\\checkmark}');
    expect(latex).toContain('\\boxed{-1}');
    expect(card.stages).toBeUndefined();
  });

  it('multiplies δ^3 by w with the numbers in the terms line of δ^2_2', () => {
    const { card } = frame(detailed, 'e0:d:2:1:terms');
    const terms = card.lines.filter((line) => line.role === 'terms');
    expect(terms).toHaveLength(1);
    expect(terms[0]?.term).toBe(0);
    expect(terms[0]?.latex).toBe(
      '\\delta^{3}_{1} \\mathbin{.} w^{2,1}_{2} = {(-1) * (-0.000258621)} = 0.000258621',
    );
  });

  it('builds each stage of δ^2_2 on the previous ones and marks what it adds', () => {
    const roles = ['goal', 'paths', 'formula', 'local', 'terms', 'sum'].map((stage) =>
      frame(detailed, `e0:d:2:1:${stage}`).card.lines.map((line) => `${line.role}${line.fresh ? '*' : ''}`),
    );
    expect(roles[0]).toEqual(['goal*', 'goal*']);
    expect(roles[5]).toEqual(['goal', 'goal', 'paths', 'formula', 'local', 'terms', 'sum*']);
    const { stages } = frame(detailed, 'e0:d:2:1:local').card;
    expect(stages?.map((mark) => mark.state)).toEqual(['done', 'done', 'done', 'current', 'next', 'next']);
  });

  it('writes the Linear forward formula with its weights, then the numbers, then the boxed value', () => {
    const { card } = frame(detailed, 'e0:o:2:0');
    expect(card.lines.map((line) => line.latex)).toEqual([
      'o^{2}_{1} = {w^{2,1}_{1} \\mathbin{.} o^{1}_{1}} + {w^{2,1}_{2} \\mathbin{.} o^{1}_{2}} + {w^{2,1}_{3} \\mathbin{.} o^{1}_{3}}',
      '= {0.005 * 0} + {(-0.000258621) * 2\\,000} + {0.000172414 * 3\\,000}',
      '= \\boxed{0}',
    ]);
  });

  it('writes the loss and δ^4_1 = o^3_1 − y^truth_1 with numbers', () => {
    const { card } = frame(detailed, 'e0:loss');
    const text = card.lines.map((line) => line.text);
    expect(text[0]).toBe('loss = Loss(o³, yᵗʳᵘᵗʰ) = ½ (o³₁ − yᵗʳᵘᵗʰ₁)²');
    expect(text[1]).toBe('= ½ (0 − 1)² = 0.5');
    expect(text[2]).toBe('δ⁴₁ = ∂Loss/∂X⁴₁(o³₁, yᵗʳᵘᵗʰ₁) = o³₁ − yᵗʳᵘᵗʰ₁ = 0 − 1 = −1');
    expect(card.lines[2]?.term).toBe(0);
    // The first learning flow is what the step adds: it stands out, the loss does not.
    expect(card.lines.map((line) => line.fresh === true)).toEqual([false, false, true]);
  });

  it('writes δw^{2,1}_3 = δ^3_1 . o^1_3 on its single path', () => {
    const { card } = frame(detailed, 'e0:dw:2:0:2:sum');
    expect(card.lines.at(-1)?.text).toBe('δw²,¹₃ = δ³₁ . o¹₃ = −3 000');
    expect(card.lines.at(-1)?.segments.find((segment) => segment.term === 0)?.latex).toBe(
      '{\\delta^{3}_{1} \\mathbin{.} o^{1}_{3}}',
    );
  });

  it('updates every weight with ŵ = w − α . δw and the numbers', () => {
    const { card } = frame(detailed, 'update:2');
    expect(card.lines.map((line) => line.text)).toEqual([
      'ŵ = w − α . δw, α = 10⁻⁷',
      'ŵ²,¹₁ = w²,¹₁ − α . δw²,¹₁',
      '= 0.005 − 10⁻⁷ * 0 = 0.005',
      'ŵ²,¹₂ = w²,¹₂ − α . δw²,¹₂',
      '= −0.000258621 − 10⁻⁷ * (−2 000) = −5.86207 × 10⁻⁵',
      'ŵ²,¹₃ = w²,¹₃ − α . δw²,¹₃',
      '= 0.000172414 − 10⁻⁷ * (−3 000) = 0.000472414',
    ]);
  });
});

describe('narrate(model, iteration, step)', () => {
  it('says why δ^3_1 equals δ^4_1, with the numbers', () => {
    const { iteration, step } = frame(detailed, 'e0:d:3:0:sum');
    expect(narrate(model, iteration, step)).toBe(
      'Backward, layer 3: δ^3_1 equals δ^4_1 because o^2_1 = 0 is ≥ 0, so δ^3_1 = −1.',
    );
  });

  it('reads the forward sum of the Linear layer with its weights and values', () => {
    const { iteration, step } = frame(detailed, 'e0:o:2:0');
    expect(narrate(model, iteration, step)).toBe(
      'Forward, layer 2 (Linear): o^2_1 = 0.005 * 0 + (−0.000258621) * 2000 + 0.000172414 * 3000 = 0.',
    );
  });

  it('reads the chain-rule term of δ^2_2 and the learning flow from the loss', () => {
    // Spec 1.8: "." multiplies symbols, "*" numbers.
    const terms = frame(detailed, 'e0:d:2:1:terms');
    expect(narrate(model, terms.iteration, terms.step)).toContain(
      'δ^3_1 . w^{2,1}_2 = (−1) * (−0.000258621) = 0.000258621',
    );
    const dw = frame(detailed, 'e0:dw:2:0:2:sum');
    expect(narrate(model, dw.iteration, dw.step)).toBe(
      'Weights, layer 2: δw^{2,1}_3 = δ^3_1 . o^1_3 = (−1) * 3000 = −3000.',
    );
    const loss = frame(detailed, 'e0:loss');
    expect(narrate(model, loss.iteration, loss.step)).toContain('loss = 0.5');
    expect(narrate(model, loss.iteration, loss.step)).toContain('δ^4_1 = o^3_1 − y^truth_1 = 0 − 1 = −1');
  });

  it('names the batch element in batch mode', () => {
    const batch = framesOf(model, 'batch', 'detailed');
    const { iteration, step } = frame(batch, 'e2:loss');
    expect(narrate(model, iteration, step)).toMatch(/^Element 3 of 3\. Loss: loss\^3 = 0\.5\./);
    expect(narrate(model, iteration, step)).toContain('= 1/3 * (0 − 1) = −0.333333');
  });
});

describe('stepCaption(model, pass, step) and stepLabel(step)', () => {
  const caption = (id: string) => {
    const { iteration, step } = frame(detailed, id);
    return stepCaption(model, iteration.passes[step.element], step);
  };

  it('says the phase, the quantity and the stage in one line', () => {
    expect(caption('e0:o:2:0')).toBe('Forward · layer 2 (Linear) · o²₁');
    expect(caption('e0:loss')).toBe('Loss · loss and the first learning flow δ⁴');
    expect(caption('e0:d:3:0:paths')).toBe('Backward · δ³₁ · impact paths');
    expect(caption('e0:dw:2:0:2:terms')).toBe('Weights · δw²,¹₃ · chain-rule terms');
    expect(caption('update:2')).toBe('Update · layer 2 · ŵ = w − α . δw');
  });

  it('adds the batch element in batch mode', () => {
    const { iteration, step } = frame(framesOf(model, 'batch', 'compact'), 'e1:d:3:0:all');
    expect(stepCaption(model, iteration.passes[step.element], step)).toBe(
      'Backward · δ³,²₁ · element 2 of 3',
    );
  });

  it('labels steps briefly for events', () => {
    expect(stepLabel(frame(detailed, 'e0:d:3:0:paths').step)).toBe('δ^3_1 · paths');
    expect(stepLabel(frame(detailed, 'e0:o:2:0').step)).toBe('o^2_1');
    expect(stepLabel(frame(detailed, 'e0:dw:2:0:2:sum').step)).toBe('δw^{2,1}_3 · sum');
    expect(stepLabel(frame(compact, 'e0:d:3:0:all').step)).toBe('δ^3_1');
    expect(stepLabel(frame(detailed, 'update:2').step)).toBe('update L^2');
  });
});

describe('batch elements', () => {
  it('carry the element as the last superscript, as the series writes o^{3,1} and δ^{4,2}', () => {
    const batch = framesOf(model, 'batch', 'detailed');
    const { card } = frame(batch, 'e1:d:3:0:sum');
    expect(card.title).toBe('Learning flow δ³,²₁ through L³ (ReLU) · element 2 of 3');
    expect(card.lines.at(-1)?.latex).toContain('o^{2,2}_{1} = {1 \\geq 0 \\;\\checkmark}');
    const update = frame(batch, 'update:2').card;
    // The sum's numbers go on a row of their own, as an update's do: the line never breaks inside the sum.
    expect(update.lines.slice(1, 3).map((line) => [line.text, line.continues ?? false])).toEqual([
      ['δw²,¹,ᵃᵛᵍ₁ = δw²,¹,¹₁ + δw²,¹,²₁ + δw²,¹,³₁', false],
      ['= 0 + 0 + 0 = 0', true],
    ]);
  });
});

describe('the loss a batch back-propagates', () => {
  const goals = (selection: number | 'batch') => {
    const frames = framesOf(model, selection, 'detailed');
    return ['e0:loss', 'e0:d:3:0:goal', 'e0:dw:2:0:2:goal'].map(
      (id) => frame(frames, id).card.lines.find((line) => line.latex.includes('\\partial'))?.text,
    );
  };

  it('is Loss^learning = Loss/n, whose derivatives are the learning flow of every element (spec 2.4)', () => {
    expect(goals('batch')).toEqual([
      expect.stringMatching(/^δ⁴,¹₁ = ∂Lossˡᵉᵃʳⁿⁱⁿᵍ\/∂X⁴,¹₁/),
      expect.stringMatching(/^δ³,¹₁ = ∂Lossˡᵉᵃʳⁿⁱⁿᵍ\/∂X³,¹₁/),
      expect.stringMatching(/^δw²,¹,¹₃ = ∂Lossˡᵉᵃʳⁿⁱⁿᵍ\/∂W²,¹₃/),
    ]);
  });

  it('is Loss itself for a single sample', () => {
    expect(goals(2)).toEqual([
      expect.stringMatching(/^δ⁴₁ = ∂Loss\/∂X⁴₁/),
      expect.stringMatching(/^δ³₁ = ∂Loss\/∂X³₁/),
      expect.stringMatching(/^δw²,¹₃ = ∂Loss\/∂W²,¹₃/),
    ]);
  });
});
