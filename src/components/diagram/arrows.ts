import type { ImpactTerm, LocalDerivative, Pass } from '../../engine';
import {
  activationLabels,
  backwardArrow,
  biasArrow,
  biasId,
  lossArrow,
  neuronId,
  pathId,
  plainScripts,
  questionArrow,
  type DiagramLayout,
  type NeuronLayout,
  type PathGeometry,
} from '../../layout';
import { subjectOf, type GradientStep, type Step } from '../../timeline';
import { placeLossLabels } from './pathLabels';
import { placePathLabels } from './placePathLabels';
import { explains, gradientOf, pathsShown, termsShown } from './roles';

/** A red arrow of the current step: an impact path, the goal's "?" arrow, or a first learning flow from the Loss. */
export interface ArrowSpec extends PathGeometry {
  readonly id: string;
  readonly kind: 'impact' | 'question' | 'loss';
  /** Index of the chain-rule term in the Gradient's terms (impact paths only): the link to the card. */
  readonly term: number | null;
  /** The label in the script notation (the local derivative, the quantity asked, …), or null for none. */
  readonly symbol: string | null;
  /** The chain-rule term's value, shown once the stage evaluates the terms; null otherwise. */
  readonly product: number | null;
  /** What the arrow means, in words, for screen readers. */
  readonly description: string;
  /**
   * True when its label has no clear place: an impact path's shows only while its path or term is in focus, a Loss
   * arrow's is not drawn.
   */
  readonly collapsed?: boolean;
  /** Presenting, the scale its label is drawn at where the layout's would leave it no clear place. */
  readonly labelScale?: number;
}

/** The batch element's script after the layer's (o^{3,1}, δ^{4,2}): ",e" for element e, "" for a single sample. */
const elementScript = (element: number | undefined): string => (element === undefined ? '' : `,${element}`);

/** The local derivative of a path in the script notation (1-based), as the card writes it; `e` as elementScript. */
function localSymbol(local: LocalDerivative, e: string): string {
  switch (local.kind) {
    case 'weight':
      return `w^{${local.k},${local.j + 1}}_{${local.i + 1}}`;
    case 'input':
      return `o^{${local.k - 1}${e}}_{${local.i + 1}}`;
    case 'one':
      return '1';
    case 'activation':
      return `${activationLabels[local.activation]}′(o^{${local.k - 1}${e}}_{${local.i + 1}})`;
  }
}

/** The label drawn on an impact path: the weight for Linear; none for Activation and Input 1D (as the series). */
const pathLabel = (
  step: GradientStep,
  local: LocalDerivative,
  j: number,
  i: number,
  e: string,
): string | null => {
  if (step.kind === 'dw') return `δw^{${step.k},${j + 1}${e}}_{${i + 1}}`;
  if (step.kind === 'db') return `δb^{${step.k}${e}}_{${j + 1}}`;
  return local.kind === 'weight' ? localSymbol(local, e) : null;
};

/** What the gradient step asks for, e.g. δ^{3}_{1}, δw^{2,1}_{3} or δb^{2}_{1} (δ^{3,2}_{1} for element 2). */
function askedSymbol(step: GradientStep, e: string): string {
  switch (step.kind) {
    case 'delta':
      return `δ^{${step.k}${e}}_{${step.i + 1}}`;
    case 'dw':
      return `δw^{${step.k},${step.j + 1}${e}}_{${step.i + 1}}`;
    case 'db':
      return `δb^{${step.k}${e}}_{${step.j + 1}}`;
  }
}

/** The geometry of one term's path: output j of L^k back to the input (δ, δw) or to the bias (δb). */
function termGeometry(step: GradientStep, term: ImpactTerm, layout: DiagramLayout): PathGeometry | null {
  const output = layout.neuronById.get(neuronId(step.k, term.output));
  if (!output) return null;
  if (step.kind === 'db') {
    const bias = layout.biasById.get(biasId(step.k, step.j));
    return bias ? biasArrow(output, bias) : null;
  }
  const input = layout.neuronById.get(neuronId(step.k - 1, step.i));
  return input ? backwardArrow(output, input) : null;
}

/** The red arrows of a gradient step: the "?" at the goal, then one impact path per chain-rule term. */
function gradientArrows(
  step: GradientStep,
  pass: Pass | undefined,
  layout: DiagramLayout,
  e: string,
): ArrowSpec[] {
  const subject = subjectOf(step);
  const asked = askedSymbol(step, e);
  const gradient = gradientOf(step, pass);
  if (!gradient) return [];
  if (!pathsShown(step)) {
    const question = questionGeometry(step, gradient.terms[0], layout);
    if (!question) return [];
    // Placed as an impact path's label: along the single path of δw and δb, off the lines.
    return placePathLabels(
      [
        {
          ...question,
          id: `Q:${subject}`,
          kind: 'question',
          term: null,
          symbol: `${asked} ?`,
          product: null,
          description: `${plainScripts(asked)} = ∂Loss/∂${plainScripts(wrtSymbol(step, e))}: which paths lead to the Loss?`,
        },
      ],
      layout,
    );
  }
  const paths = gradient.terms.flatMap((term, index): ArrowSpec[] => {
    const geometry = termGeometry(step, term, layout);
    if (!geometry) return [];
    const j = step.kind === 'delta' ? term.output : step.j;
    const i = step.kind === 'db' ? 0 : step.i;
    const future = `δ^{${step.k + 1}${e}}_{${term.output + 1}}`;
    const product = termsShown(step) ? term.product : null;
    return [
      {
        ...geometry,
        id: pathId(subject, index),
        kind: 'impact',
        term: index,
        symbol: pathLabel(step, term.local, j, i, e),
        product,
        description: `impact path from ${plainScripts(`o^{${step.k}${e}}_{${term.output + 1}}`)}: ${plainScripts(future)} . ${plainScripts(localSymbol(term.local, e))}`,
      },
    ];
  });
  return placePathLabels(paths, layout);
}

/** The variable a gradient differentiates with respect to: X^k_i (X^{k,e}_i in a batch), W^{k,j}_i or B^k_j. */
function wrtSymbol(step: GradientStep, e: string): string {
  switch (step.kind) {
    case 'delta':
      return `X^{${step.k}${e}}_{${step.i + 1}}`;
    case 'dw':
      return `W^{${step.k},${step.j + 1}}_{${step.i + 1}}`;
    case 'db':
      return `B^{${step.k}}_{${step.j + 1}}`;
  }
}

/** Where the goal's "?" arrow goes: into the box of δ^k_i, or dashed along the single path of δw and δb. */
function questionGeometry(
  step: GradientStep,
  term: ImpactTerm | undefined,
  layout: DiagramLayout,
): PathGeometry | null {
  if (step.kind !== 'delta') return term ? termGeometry(step, term, layout) : null;
  const target = layout.neuronById.get(neuronId(step.k - 1, step.i));
  const gap = layout.gaps[step.k - 1] ?? 100;
  return target ? questionArrow(target, Math.round(gap * 0.7)) : null;
}

/** The symbol of the first learning flow into output j (0-based) of the last layer L^n: δ^{n+1}_j, of element `e`. */
export const lossSymbol = (n: number, j: number, e = ''): string => `δ^{${n + 1}${e}}_{${j + 1}}`;

/** The outputs o^n_j of the last layer, top to bottom: the neurons the Loss's arrows go to. */
export const outputsOf = (layout: DiagramLayout): NeuronLayout[] =>
  layout.neurons.filter((neuron) => neuron.k === layout.n);

/** The loss step's red arrows: δ^{n+1}_j from the Loss back to each output o^n_j. */
function lossArrows(step: Step, pass: Pass | undefined, layout: DiagramLayout, e: string): ArrowSpec[] {
  const n = layout.n;
  const outputs = outputsOf(layout);
  const arrows = outputs.map((neuron): ArrowSpec => {
    const symbol = lossSymbol(n, neuron.j, e);
    return {
      ...lossArrow(layout.loss, neuron, neuron.j, outputs.length),
      id: pathId(subjectOf(step), neuron.j),
      kind: 'loss',
      term: null,
      symbol,
      product: pass?.lossDelta[neuron.j] ?? null,
      description: `first learning flow ${plainScripts(symbol)}, from the Loss back to ${plainScripts(`o^{${n}${e}}_{${neuron.j + 1}}`)}`,
    };
  });
  return placeLossLabels(arrows, layout);
}

/** Every red arrow of the current step; `element` is the batch element (1-based) it shows, undefined for a sample. */
export function arrowsOf(
  step: Step | undefined,
  pass: Pass | undefined,
  layout: DiagramLayout,
  element?: number,
): ArrowSpec[] {
  const e = elementScript(element);
  if (step?.kind === 'loss') return lossArrows(step, pass, layout, e);
  return explains(step) ? gradientArrows(step, pass, layout, e) : [];
}
