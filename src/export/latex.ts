import type { Iteration } from '../engine';
import { chainRuleCard, kindName, notation, shared, type CardLine, type Notation } from '../formulas';
import { buildTimeline, isGradientStep, type Step } from '../timeline';
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

/** At most this many derivations (outputs, losses and gradients) in a document: a larger batch derives fewer elements. */
const derivationBudget = 2_000;

/** Where a step goes in the document: an element's forward pass, loss or layer's backward section, or the update. */
function sectionOf(step: Step): string {
  switch (step.kind) {
    case 'forward':
      return `${step.element}:forward`;
    case 'loss':
      return `${step.element}:loss`;
    case 'update':
      return 'update';
    default:
      return `${step.element}:backward:${step.k}`;
  }
}

/** The heading of the section a step opens; `who` names the batch element ("Element 2 (sample 2)"), null for one sample. */
function sectionHeading(
  step: Step,
  n: number,
  nt: Notation,
  who: string | null,
  layerTitle: LayerTitle,
): string {
  const about = (text: string) =>
    who === null ? text.charAt(0).toUpperCase() + text.slice(1) : `${who}: ${text}`;
  switch (step.kind) {
    case 'forward':
      return `\\section{${about('the forward pass')}}`;
    case 'loss':
      return `\\section{${about(`the loss and the first learning flow $${nt.deltaAll(n + 1).tex}$`)}}`;
    case 'update':
      return '\\section{Gradient descent: the new weights}';
    default:
      return `\\section{${who === null ? layerTitle(step.k) : `${who}, ${layerTitle(step.k, 'layer')}`}: the backward pass}`;
  }
}

/** "Layer $L^{2}$ (Linear)", or "layer …" inside a sentence. */
type LayerTitle = (k: number, word?: string) => string;

/** The sample of the dataset an element trains on, 1-based, in words. */
function sampleName(iteration: Iteration, element: number): string {
  const sample = iteration.samples[element];
  return sample === undefined ? 'the selected sample' : `sample ${sample + 1}`;
}

/** The sentences that say which data the derivation is about, and which elements of a batch it leaves out. */
function aboutData(iteration: Iteration, derived: number): string {
  const n = iteration.passes.length;
  if (n === 0)
    return 'The dataset of this model is empty: there is no sample to derive. Add one to the dataset first.';
  const stages =
    'step by step as the series derives them: the goal, the impact paths, the impact formula, the local derivatives, the chain-rule terms and their sum';
  const every =
    'Every learning flow $\\delta$, weight gradient $\\delta w$ and bias gradient $\\delta b$ of one training iteration';
  if (n === 1) return `${every}, for ${sampleName(iteration, 0)} of the dataset, ${stages}.`;
  const batch = `${every} on a batch of ${n} samples, element by element, ${stages}. Each element back-propagates $\\mathit{Loss}^{\\mathit{learning}} = \\frac{1}{${n}} \\mathit{Loss}$; the update then adds the elements' gradients.`;
  if (derived === n) return batch;
  return `${batch} To keep the document readable, it derives elements 1 to ${derived} only: elements ${derived + 1} to ${n} are left out (about ${derivationBudget.toLocaleString('en-US')} derivations would not be enough for all of them). They are derived as the first ones are, and the update's sums use their gradients.`;
}

/**
 * A complete LaTeX document deriving every δ, δw and δb of `iteration` (for handouts and answer keys): for each batch
 * element, the forward pass, the loss, then one section per layer in backward order; then the update. A batch too large
 * for the derivation budget derives its first elements and says which it leaves out. Every formula is a line of the
 * app's chain-rule cards (src/formulas), at the last stage of each derivation; the only text from outside the app, the
 * model's title, is escaped.
 */
export function derivationDocument(iteration: Iteration): string {
  const model = iteration.before;
  const n = iteration.passes.length;
  const timeline = buildTimeline(iteration, 'detailed').steps;
  const shown = (step: Step) =>
    step.kind === 'forward' || step.kind === 'loss' || (isGradientStep(step) && step.stage === 'sum');
  const perElement = timeline.filter(
    (step) => step.element === 0 && step.kind !== 'update' && shown(step),
  ).length;
  const derived = Math.min(n, Math.max(1, Math.floor(derivationBudget / Math.max(1, perElement))));
  const steps = timeline.filter((step) => step.kind === 'update' || (step.element < derived && shown(step)));
  const layerTitle: LayerTitle = (k, word = 'Layer') =>
    `${word} $${shared.layer(k).tex}$ (${latexText(kindName(model.layers[k - 1]))})`;
  const body: string[] = [];
  const seen = new Set<string>();
  let section = '';
  for (const step of steps) {
    const card = chainRuleCard(model, iteration, step);
    const nt = notation(step.element, n);
    const where = sectionOf(step);
    if (where !== section) {
      section = where;
      const who = n > 1 ? `Element ${step.element + 1} (${sampleName(iteration, step.element)})` : null;
      body.push(sectionHeading(step, model.layers.length, nt, who, layerTitle));
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
    aboutData(iteration, derived),
    notationNote,
    ...body,
    '\\end{document}',
    '',
  ].join('\n\n');
}
