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
export { exactSum } from './exactSum';
export type { Gradient, ImpactTerm, LocalDerivative } from './impact';
export { computePass, forward, type LayerPass, type NonFiniteValue, type Pass } from './pass';
export { halfSquaredError } from './loss';
export {
  applyGradients,
  batchPasses,
  epochSchedule,
  modelIsFinite,
  sumGradients,
  trainEpoch,
  trainIteration,
  type Iteration,
  type LayerGradients,
  type TrainingMode,
} from './train';
export { resultsTable, resultThreshold, type ResultRow } from './results';
