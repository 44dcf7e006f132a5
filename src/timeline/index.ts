/** The stepper's timeline: a list of steps computed once from an iteration; playing only moves an index. */
export { buildTimeline, type Timeline } from './build';
export {
  equivalentIndex,
  nextPhaseIndex,
  phaseMarkers,
  previousPhaseIndex,
  subjectOf,
  type PhaseMarker,
} from './navigation';
export { dbKey, deltaKey, dwKey, lossKey, oKey, updateKey } from './quantities';
export {
  deltaStages,
  isGradientStep,
  phases,
  weightStages,
  type BiasStep,
  type DeltaStep,
  type Detail,
  type ForwardStep,
  type GradientStep,
  type LossStep,
  type Phase,
  type Stage,
  type Step,
  type UpdateStep,
  type WeightStep,
} from './steps';
