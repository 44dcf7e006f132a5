import type { Iteration } from '../engine';
import { chainRuleCard, kindName, notation, shared, type CardLine, type Notation } from '../formulas';
import { buildTimeline, type Step } from '../timeline';
import { latexText } from './tex';

/** The preamble: article, amsmath (\boxed, \text) and amssymb (\checkmark), paragraphs apart rather than indented. */
const preamble = [
  '\\documentclass{article}',
  '\\usepackage{amsmath}',
  '\\usepackage{amssymb}',
  '\\usepackage[margin=2cm]{geometry}',
  '\\setlength{\\parindent}{0pt}',
  '\\setlength{\\parskip}{0.7em}',
  '\\date{}',
];

/** What every handout says about the notation (the series' conventions, spec 1). */
const notationNote = [
  'Notation of the series \\emph{Deep Learning Machinery}: $X^{k}$ is the input variable of layer $L^{k}$ and its',
  'value is $o^{k-1}$; the learning flow $\\delta^{k}_{i} = \\frac{\\partial \\mathit{Loss}}{\\partial X^{k}_{i}}$',
  'lives with $X^{k}_{i}$; the weight $W^{k,j}_{i}$ (value $w^{k,j}_{i}$) joins input neuron $i$ to output neuron $j$.',
  "Indices start at 1. In symbolic formulas ``$\\mathbin{.}$'' multiplies; with numbers, ``$*$'' does.",
].join('\n');

/** One line of a card as a paragraph: display-style inline math (LaTeX may break it after = and +), or a note. */
function lineTex(line: CardLine): string {
  if (line.kind === 'note') return `\\textit{Note: ${latexText(line.text)}}`;
  const math = `$\\displaystyle ${line.latex}$`;
  return line.continues ? `\\hspace*{2em}${math}` : math;
}

/** The lines of a step's card, as paragraphs (a line repeated from the previous card, such as a rule, is dropped). */
function cardTex(lines: readonly CardLine[], seen: Set<string>): string[] {
  return lines.flatMap((line) => {
    const tex = lineTex(line);
    if (line.role === 'rule' && seen.has(tex)) return [];
    seen.add(tex);
    return [tex];
  });
}

/** The heading of a gradient's subsection: "Learning flow $\delta^{3}_{1}$". */
function gradientHeading(step: Step, nt: Notation): string {
  switch (step.kind) {
    case 'delta':
      return `Learning flow $${nt.delta(step.k, step.i).tex}$`;
    case 'dw':
      return `Weight gradient $${nt.dw(step.k, step.j, step.i).tex}$`;
    case 'db':
      return `Bias gradient $${nt.db(step.k, step.j).tex}$`;
    default:
      return '';
  }
}

/** Where a step goes in the document: the forward pass, the loss, a layer's backward section, or the update. */
function sectionOf(step: Step): string {
  switch (step.kind) {
    case 'forward':
      return 'forward';
    case 'loss':
      return 'loss';
    case 'update':
      return 'update';
    default:
      return `backward:${step.k}`;
  }
}

/** The heading of the section a step opens. */
function sectionHeading(step: Step, n: number, nt: Notation, layerTitle: (k: number) => string): string {
  switch (step.kind) {
    case 'forward':
      return '\\section{The forward pass}';
    case 'loss':
      return `\\section{The loss and the first learning flow $${nt.deltaAll(n + 1).tex}$}`;
    case 'update':
      return '\\section{Gradient descent: the new weights}';
    default:
      return `\\section{${layerTitle(step.k)}: the backward pass}`;
  }
}

/** The sentence that says which data the derivation is about. */
function aboutSample(iteration: Iteration, element: number): string {
  if (iteration.passes.length === 0)
    return 'The dataset of this model is empty: there is no sample to derive. Add one to the dataset first.';
  const sample = iteration.samples[element];
  const which = sample === undefined ? 'the selected sample' : `sample ${sample + 1} of the dataset`;
  const n = iteration.passes.length;
  const batch =
    n > 1
      ? ` (element ${element + 1} of a batch of ${n}, which back-propagates $\\frac{1}{${n}} \\mathit{Loss}$)`
      : '';
  return `Every learning flow $\\delta$, weight gradient $\\delta w$ and bias gradient $\\delta b$ of one training iteration, for ${which}${batch}, step by step as the series derives them: the goal, the impact paths, the impact formula, the local derivatives, the chain-rule terms and their sum.`;
}

/**
 * A complete LaTeX document deriving every δ, δw and δb of batch element `element` of `iteration` (for handouts and
 * answer keys): the forward pass, the loss, then one section per layer in backward order, then the update. Every
 * formula is a line of the app's chain-rule cards (src/formulas), at the last stage of each derivation; the only text
 * from outside the app, the model's title, is escaped.
 */
export function derivationDocument(iteration: Iteration, element: number): string {
  const model = iteration.before;
  const n = iteration.passes.length;
  const nt = notation(element, n);
  const steps = buildTimeline(iteration, 'detailed').steps.filter(
    (step) =>
      step.kind === 'update' ||
      (step.element === element && (step.kind === 'forward' || step.kind === 'loss' || step.stage === 'sum')),
  );
  const layerTitle = (k: number) =>
    `Layer $${shared.layer(k).tex}$ (${latexText(kindName(model.layers[k - 1]))})`;
  const body: string[] = [];
  const seen = new Set<string>();
  let section = '';
  for (const step of steps) {
    const card = chainRuleCard(model, iteration, step);
    const where = sectionOf(step);
    if (where !== section) {
      section = where;
      body.push(sectionHeading(step, model.layers.length, nt, layerTitle));
    }
    if (step.kind === 'forward' && step.j === 0) body.push(`\\subsection*{${layerTitle(step.k)}}`);
    if (step.kind === 'update') body.push(`\\subsection*{${layerTitle(step.k)}}`);
    if (step.kind === 'delta' || step.kind === 'dw' || step.kind === 'db')
      body.push(`\\subsection*{${gradientHeading(step, nt)}}`);
    body.push(...cardTex(card.lines, seen));
  }
  return [
    `% Backpropagation step by step: the derivation of every delta of "${latexText(model.title)}".`,
    '% Made by neural-structure. Compiles with pdflatex, xelatex or lualatex.',
    preamble.join('\n'),
    `\\title{Backpropagation step by step: ${latexText(model.title)}}`,
    '\\begin{document}',
    '\\maketitle',
    aboutSample(iteration, element),
    notationNote,
    ...body,
    '\\end{document}',
    '',
  ].join('\n\n');
}
