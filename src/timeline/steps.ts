/** The phases of one training iteration, in the order the series walks them (spec 6.3). */
export const phases = ['forward', 'loss', 'backward', 'weights', 'update'] as const;

/** One phase of the iteration. */
export type Phase = (typeof phases)[number];

/** How much the stepper shows: the series' sub-steps for each δ, or one step per δ. */
export type Detail = 'detailed' | 'compact';

/** The sub-steps of the series' procedure for one δ (spec 6.2), grouped as the app shows them. */
export const deltaStages = ['goal', 'paths', 'formula', 'local', 'terms', 'sum'] as const;

/** The sub-steps of a δw or δb, which always have a single impact path. */
export const weightStages = ['goal', 'terms', 'sum'] as const;

/** One sub-step of a gradient, or 'all' when the compact level shows the whole derivation at once. */
export type Stage = (typeof deltaStages)[number] | 'all';

/** What every step has: a stable id, its phase, and the batch element it belongs to. */
interface StepBase {
  /** Stable key, unique in the timeline (used as React key and in links). */
  readonly id: string;
  readonly phase: Phase;
  /** Index of the pass (batch element) this step shows; 0 for a single sample. */
  readonly element: number;
  /** Keys of the quantities this step stores in their boxes (see quantities.ts); empty for explanatory sub-steps. */
  readonly stores: readonly string[];
}

/** Forward: o^k_j is computed (for k = 1, the data is stored). */
export interface ForwardStep extends StepBase {
  readonly kind: 'forward';
  readonly k: number;
  readonly j: number;
}

/** Loss: loss = Loss(o^n, y^truth) and the first learning flow δ^{n+1} = o^n − y^truth. */
export interface LossStep extends StepBase {
  readonly kind: 'loss';
}

/** Backward: δ^k_i = Σ_j δ^{k+1}_j . ∂L^k_j/∂X^k_i, at one stage of the series' procedure. */
export interface DeltaStep extends StepBase {
  readonly kind: 'delta';
  readonly k: number;
  readonly i: number;
  readonly stage: Stage;
}

/** Weights: δw^{k,j}_i = δ^{k+1}_j . o^{k-1}_i, at one stage. */
export interface WeightStep extends StepBase {
  readonly kind: 'dw';
  readonly k: number;
  readonly j: number;
  readonly i: number;
  readonly stage: Stage;
}

/** Weights: δb^k_j = δ^{k+1}_j, at one stage. */
export interface BiasStep extends StepBase {
  readonly kind: 'db';
  readonly k: number;
  readonly j: number;
  readonly stage: Stage;
}

/** Update: ŵ = w − α . δw (and b̂ = b − α . δb) for every weight of L^k. */
export interface UpdateStep extends StepBase {
  readonly kind: 'update';
  readonly k: number;
}

/** One frame of the stepper. */
export type Step = ForwardStep | LossStep | DeltaStep | WeightStep | BiasStep | UpdateStep;

/** A step that explains one gradient (δ, δw or δb). */
export type GradientStep = DeltaStep | WeightStep | BiasStep;

/** True for the steps that explain a gradient. */
export function isGradientStep(step: Step): step is GradientStep {
  return step.kind === 'delta' || step.kind === 'dw' || step.kind === 'db';
}
