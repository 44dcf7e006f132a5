import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { derivationDocument, latexText } from '../../src/export';
import type { Model } from '../../src/engine';
import { examplePreset } from '../../src/presets';
import { derive } from '../../src/store';

/** The Example's iteration on sample 3, x = (0, 2000, 3000) → y = 1 (the series' worked backward pass). */
const example = derive(examplePreset.model, 2, 'detailed').iteration;

/** Every math fragment of a LaTeX document: $…$ in the text and in headings (no display environments are used). */
function mathOf(document: string): string[] {
  return [...document.matchAll(/(?<!\\)\$(.+?)(?<!\\)\$/gs)].map((match) => match[1] ?? '');
}

/** The text of the subsection whose heading contains `heading`, up to the next heading. */
function subsection(document: string, heading: string): string {
  const start = document.indexOf(`\\subsection*{${heading}`);
  expect(start, `no subsection ${heading}`).toBeGreaterThanOrEqual(0);
  const next = document.slice(start + 1).search(/\\(sub)?section/);
  return next < 0 ? document.slice(start) : document.slice(start, start + 1 + next);
}

describe('derivationDocument(iteration)', () => {
  const document = derivationDocument(example);

  it('is a complete article with amsmath, a title and one body', () => {
    expect(document).toMatch(/^% /);
    expect(document).toContain('\\documentclass{article}');
    expect(document).toContain('\\usepackage{amsmath}');
    expect(document).toContain('\\usepackage{amssymb}');
    expect(document).toContain('\\title{Backpropagation step by step: The Example}');
    expect(document.match(/\\begin\{document\}/g)).toHaveLength(1);
    expect(document.trimEnd().endsWith('\\end{document}')).toBe(true);
  });

  it('has the forward pass, the loss, then one section per layer in backward order, then the update', () => {
    const sections = [...document.matchAll(/\\section\{([^\n]*)\}/g)].map((match) => match[1]);
    expect(sections).toEqual([
      'The forward pass',
      'The loss and the first learning flow $\\delta^{4}$',
      'Layer $L^{3}$ (ReLU): the backward pass',
      'Layer $L^{2}$ (Linear): the backward pass',
      'Layer $L^{1}$ (Input 1D): the backward pass',
      'Gradient descent: the new weights',
    ]);
  });

  it('derives every δ, δw and δb of the model, each in its own subsection', () => {
    const headings = [...document.matchAll(/\\subsection\*\{((?:Learning|Weight|Bias)[^\n]*)\}/g)].map(
      (match) => match[1],
    );
    expect(headings).toEqual([
      'Learning flow $\\delta^{3}_{1}$',
      'Learning flow $\\delta^{2}_{1}$',
      'Learning flow $\\delta^{2}_{2}$',
      'Learning flow $\\delta^{2}_{3}$',
      'Weight gradient $\\delta w^{2,1}_{1}$',
      'Weight gradient $\\delta w^{2,1}_{2}$',
      'Weight gradient $\\delta w^{2,1}_{3}$',
      'Learning flow $\\delta^{1}_{1}$',
      'Learning flow $\\delta^{1}_{2}$',
      'Learning flow $\\delta^{1}_{3}$',
    ]);
  });

  it('gives each result as the series does: δ³₁ = δ⁴₁ = −1 through ReLU at o²₁ = 0, and δw² = δ³ . o¹', () => {
    // By hand: δ⁴ = o³ − y = 0 − 1 = −1; ReLU lets it through at 0 (≥ 0); δw^{2,1}_i = −1 · (0, 2000, 3000).
    expect(subsection(document, 'Learning flow $\\delta^{3}_{1}$')).toContain('\\boxed{-1}');
    expect(subsection(document, 'Weight gradient $\\delta w^{2,1}_{1}$')).toContain('\\boxed{0}');
    expect(subsection(document, 'Weight gradient $\\delta w^{2,1}_{2}$')).toContain('\\boxed{-2\\,000}');
    expect(subsection(document, 'Weight gradient $\\delta w^{2,1}_{3}$')).toContain('\\boxed{-3\\,000}');
    // δ²₁ = δ³₁ . w^{2,1}_1 = −1 · 1/200.
    expect(subsection(document, 'Learning flow $\\delta^{2}_{1}$')).toContain('\\boxed{-0.005}');
  });

  it("walks each derivation through the series' stages: goal, paths, formula, local derivative, terms, sum", () => {
    const delta = subsection(document, 'Learning flow $\\delta^{2}_{1}$');
    const order = [
      '= \\,?',
      '\\text{ impacts }',
      '\\frac{\\partial L^{2}_{1}}{\\partial X^{2}_{1}}(o^{1}_{1})}',
      '= W^{2,1}_{1}',
      '{(-1) * 0.005}',
      '\\boxed{-0.005}',
    ].map((piece) => delta.indexOf(piece));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('has math that KaTeX typesets without an error, fragment by fragment', () => {
    const fragments = mathOf(document);
    expect(fragments.length).toBeGreaterThan(60);
    for (const fragment of fragments)
      expect(
        () => katex.renderToString(fragment, { throwOnError: true, strict: 'error' }),
        fragment,
      ).not.toThrow();
  });

  it('is plain ASCII, so that pdflatex reads it without a font or an input encoding', () => {
    expect(document).toMatch(/^[\x20-\x7e\n]*$/);
  });

  it('escapes the title (the only text a person typed): no command, accents dropped, other letters as "?"', () => {
    const model: Model = { ...examplePreset.model, title: '50% \\input{/etc/passwd} $x$ & #1_é δ ~^' };
    const text = derivationDocument(derive(model, 0, 'detailed').iteration);
    expect(text).toContain(
      '\\title{Backpropagation step by step: 50\\% \\textbackslash{}input\\{/etc/passwd\\} \\$x\\$ \\& \\#1\\_e ? \\~{}\\^{}}',
    );
    expect(text).not.toContain('\\input{');
    expect(text).toMatch(/^[\x20-\x7e\n]*$/);
    for (const fragment of mathOf(text))
      expect(() => katex.renderToString(fragment, { throwOnError: true })).not.toThrow();
  });
});

describe('derivationDocument(iteration) of a batch', () => {
  const batch = derivationDocument(derive(examplePreset.model, 'batch', 'detailed').iteration);

  it('derives every element of the batch, each with its forward pass, loss and backward pass, then the update', () => {
    const sections = [...batch.matchAll(/\\section\{([^\n]*)\}/g)].map((match) => match[1]);
    const element = (e: number) => [
      `Element ${e} (sample ${e}): the forward pass`,
      `Element ${e} (sample ${e}): the loss and the first learning flow $\\delta^{4,${e}}$`,
      `Element ${e} (sample ${e}), layer $L^{3}$ (ReLU): the backward pass`,
      `Element ${e} (sample ${e}), layer $L^{2}$ (Linear): the backward pass`,
      `Element ${e} (sample ${e}), layer $L^{1}$ (Input 1D): the backward pass`,
    ];
    expect(sections).toEqual([
      ...element(1),
      ...element(2),
      ...element(3),
      'Gradient descent: the new weights',
    ]);
    expect(batch).toContain('on a batch of 3 samples, element by element');
    expect(batch).not.toContain('left out');
  });

  it('derives the weight gradients that the update adds: δw^{2,1,3} = 1/3 . (0 − 1) . (0, 2000, 3000)', () => {
    // By hand (spec 3.8): elements 1 and 2 are right (o3 = y), so their δ⁴ = 0; element 3 has δ⁴ = (0 − 1)/3,
    // ReLU lets it through at o² = 0, and δw^{2,1,3}_i = −1/3 . o^{1,3}_i = (0, −666.667, −1000).
    for (const i of [1, 2, 3])
      for (const e of [1, 2])
        expect(subsection(batch, `Weight gradient $\\delta w^{2,1,${e}}_{${i}}$`)).toContain('\\boxed{0}');
    expect(subsection(batch, 'Weight gradient $\\delta w^{2,1,3}_{1}$')).toContain('\\boxed{0}');
    expect(subsection(batch, 'Weight gradient $\\delta w^{2,1,3}_{2}$')).toContain('\\boxed{-666.667}');
    expect(subsection(batch, 'Weight gradient $\\delta w^{2,1,3}_{3}$')).toContain('\\boxed{-1\\,000}');
    expect(subsection(batch, 'Learning flow $\\delta^{3,2}_{1}$')).toContain('\\boxed{0}');
    for (const fragment of mathOf(batch))
      expect(() => katex.renderToString(fragment, { throwOnError: true })).not.toThrow();
  });

  it('derives the first elements of a batch too large to derive whole, and says which it leaves out', () => {
    // 150 copies of the Example's samples in one batch; an element has 16 derivations (5 outputs, the loss, 7 δ and
    // 3 δw), so 2,000 of them hold 125 elements.
    const dataset = Array.from({ length: 50 }, () => examplePreset.model.dataset).flat();
    const big: Model = { ...examplePreset.model, dataset, batchSize: 150 };
    const text = derivationDocument(derive(big, 'batch', 'detailed').iteration);
    expect(text).toContain('it derives elements 1 to 125 only: elements 126 to 150 are left out');
    expect(text).toContain('\\section{Element 125 (sample 125): the forward pass}');
    expect(text).not.toContain('Element 126 (');
    expect(text).toContain('\\section{Gradient descent: the new weights}');
  });
});

describe('derivationDocument() of a model without data', () => {
  it('is still a complete document, which says there is nothing to derive', () => {
    const empty: Model = { ...examplePreset.model, dataset: [] };
    const text = derivationDocument(derive(empty, 0, 'detailed').iteration);
    expect(text).toContain('there is no sample to derive');
    expect(text).not.toContain('\\section');
    expect(text.trimEnd().endsWith('\\end{document}')).toBe(true);
  });
});

describe('latexText(text)', () => {
  it('escapes every special character of LaTeX text mode', () => {
    expect(latexText('\\{}$&#%_^~<>|')).toBe(
      '\\textbackslash{}\\{\\}\\$\\&\\#\\%\\_\\^{}\\~{}\\textless{}\\textgreater{}\\textbar{}',
    );
  });

  it('folds accents and white space, and replaces what pdflatex cannot read by "?"', () => {
    expect(latexText('  Café\n  crème  ')).toBe('Cafe creme');
    expect(latexText('δ 日本')).toBe('? ??');
  });
});
