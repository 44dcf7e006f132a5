/** The engine's public API: pure functions over plain immutable data. */
export { activationNames, isLearningLayer } from './model';
export type {
  ActivationName,
  ActivationLayer,
  Input1DLayer,
  Layer,
  LinearLayer,
  LossName,
  Model,
  Sample,
} from './model';
export { activations, type ActivationFunction } from './activations';
export { exactSum, snapToZero } from './exactSum';
export type { Gradient, ImpactTerm, LocalDerivative } from './impact';
export { computePass, withImpacts, type LayerPass, type Pass } from './pass';
export {
  computeValues,
  forward,
  type LayerValues,
  type NonFiniteValue,
  type PassSummary,
  type PassValues,
} from './values';
export { halfSquaredError } from './loss';
export {
  applyGradients,
  batchValues,
  epochSchedule,
  iterationSize,
  modelIsFinite,
  sumGradients,
  trainEpoch,
  trainIteration,
  trainUpdate,
  type Iteration,
  type LayerGradients,
  type TrainingMode,
  type Update,
} from './train';
export { resultsTable, resultThreshold, type ResultRow } from './results';
