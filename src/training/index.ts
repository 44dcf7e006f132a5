/** Training runs: chunked gradient descent, the loss curve, results before and after, and replayable iterations. */
export { weightChanges, type WeightChange } from './changes';
export { weightCount } from './count';
export { CurveBuilder, datasetLosses, maxCurveValues, meanOf, type LossCurve } from './curve';
export { describeNonFinite, findNonFinite, nonFiniteName, type NonFiniteReport } from './nonFinite';
export {
  iterationOf,
  runEpochs,
  startRun,
  type Run,
  type RunPlan,
  type RunProgress,
  type RunRecord,
  type RunResult,
  type RunStatus,
} from './run';
