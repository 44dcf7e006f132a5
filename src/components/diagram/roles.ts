import type { Gradient, Pass } from '../../engine';
import type { EdgeLayout } from '../../layout';
import type { GradientStep, Step } from '../../timeline';

/**
 * What an element of the diagram is in the current step:
 * active (the subject), involved (an end of an impact path), highlighted (a forward edge in use),
 * traced (a forward edge a red path follows), normal, or dimmed (while a gradient is explained).
 */
export type Role = 'active' | 'involved' | 'highlighted' | 'traced' | 'normal' | 'dimmed';

/** True for the steps that explain a δ, δw or δb: everything they do not involve dims. */
export function explains(step: Step | undefined): step is GradientStep {
  return step?.kind === 'delta' || step?.kind === 'dw' || step?.kind === 'db';
}

/** Whether a gradient step's impact paths are drawn: every stage after the goal (the goal shows a "?"). */
export const pathsShown = (step: GradientStep): boolean => step.stage !== 'goal';

/** Whether a gradient step shows the values of its chain-rule terms. */
export const termsShown = (step: GradientStep): boolean =>
  step.stage === 'terms' || step.stage === 'sum' || step.stage === 'all';

/** The gradient a step explains: δ^k_i, δw^{k,j}_i or δb^k_j of the pass. */
export function gradientOf(step: GradientStep, pass: Pass | undefined): Gradient | undefined {
  const layer = pass?.layers[step.k - 1];
  switch (step.kind) {
    case 'delta':
      return layer?.delta[step.i];
    case 'dw':
      return layer?.dw?.[step.j]?.[step.i];
    case 'db':
      return layer?.db?.[step.j];
  }
}

/** True when output j of L^k is on an impact path of the δ step (some term goes through it). */
const impacts = (step: GradientStep, pass: Pass | undefined, j: number): boolean =>
  pathsShown(step) && (gradientOf(step, pass)?.terms.some((term) => term.output === j) ?? false);

/** The role of neuron N:k:j (k = 0 for the data column). */
export function neuronRole(step: Step | undefined, pass: Pass | undefined, k: number, j: number): Role {
  switch (step?.kind) {
    case undefined:
    case 'update':
      return 'normal';
    case 'forward':
      return step.k === k && step.j === j ? 'active' : 'normal';
    case 'loss':
      return pass && k === pass.layers.length ? 'involved' : 'normal';
    case 'delta':
      if (k === step.k - 1 && j === step.i) return 'active';
      return k === step.k && impacts(step, pass, j) ? 'involved' : 'dimmed';
    case 'dw':
      return (k === step.k && j === step.j) || (k === step.k - 1 && j === step.i) ? 'involved' : 'dimmed';
    case 'db':
      return k === step.k && j === step.j ? 'involved' : 'dimmed';
  }
}

/** The role of anything feeding o^k_j (an edge into it or its bias) on a forward or update step. */
function feedRole(step: Step & { kind: 'forward' | 'update' }, k: number, j: number): Role {
  if (step.kind === 'update') return step.k === k ? 'highlighted' : 'normal';
  // The edges into o^k_j stand out; the rest of L^k steps back.
  if (step.k !== k) return 'normal';
  return step.j === j ? 'highlighted' : 'dimmed';
}

/** The role of the forward edge E:k:j:i. */
export function edgeRole(
  step: Step | undefined,
  pass: Pass | undefined,
  k: number,
  j: number,
  i: number,
): Role {
  switch (step?.kind) {
    case undefined:
    case 'loss':
      return 'normal';
    case 'forward':
    case 'update':
      return feedRole(step, k, j);
    case 'delta':
      return k === step.k && i === step.i && impacts(step, pass, j) ? 'traced' : 'dimmed';
    case 'dw':
      return k === step.k && j === step.j && i === step.i ? 'active' : 'dimmed';
    case 'db':
      return 'dimmed';
  }
}

/**
 * How the edges of a layer (`edges`, those of one L^k) are drawn as a whole: dimmed when the step dims some of them.
 * The edges it uses (highlighted, active or traced) are then drawn again on top at full strength (see emphasisOf),
 * so a layer fades as one piece.
 */
export function edgeSheetRole(
  step: Step | undefined,
  pass: Pass | undefined,
  edges: readonly EdgeLayout[],
): 'normal' | 'dimmed' {
  const dims = edges.some((edge) => edgeRole(step, pass, edge.k, edge.j, edge.i) === 'dimmed');
  return dims ? 'dimmed' : 'normal';
}

/** A forward edge the step uses, with its role: drawn on top of its layer. */
export interface Emphasis {
  readonly edge: EdgeLayout;
  readonly role: Role;
}

/** The edges of a step's layer (`edges`: those of L^k for the step's k) that it highlights, makes active or traces. */
export function emphasisOf(
  step: Step | undefined,
  pass: Pass | undefined,
  edges: readonly EdgeLayout[],
): Emphasis[] {
  return edges.flatMap((edge) => {
    const role = edgeRole(step, pass, edge.k, edge.j, edge.i);
    return role === 'normal' || role === 'dimmed' ? [] : [{ edge, role }];
  });
}

/** The role of the bias marker B:k:j. */
export function biasRole(step: Step | undefined, k: number, j: number): Role {
  switch (step?.kind) {
    case undefined:
    case 'loss':
      return 'normal';
    case 'forward':
    case 'update':
      return feedRole(step, k, j);
    case 'db':
      return step.k === k && step.j === j ? 'active' : 'dimmed';
    case 'delta':
    case 'dw':
      return 'dimmed';
  }
}

/** The role of the Loss box and of its forward arrows. */
export function lossRole(step: Step | undefined): Role {
  if (step?.kind === 'loss') return 'active';
  return explains(step) ? 'dimmed' : 'normal';
}
