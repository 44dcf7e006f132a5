import type { Iteration, Model, Pass } from '../engine';
import { dbKey, deltaKey, dwKey, lossKey, oKey, updateKey } from './quantities';
import { deltaStages, weightStages, type Detail, type Stage, type Step } from './steps';

/** The step list of one iteration at one detail level, with the index at which each quantity is stored. */
export interface Timeline {
  readonly detail: Detail;
  readonly steps: readonly Step[];
  /** For each quantity key, the index of the step that stores it. */
  readonly storedAt: ReadonlyMap<string, number>;
}

/** The stages shown for a gradient at a detail level. */
const stagesOf = (detail: Detail, stages: readonly Stage[]): readonly Stage[] =>
  detail === 'compact' ? ['all'] : stages;

/** Forward, loss, backward (δ^k, then δw^k and δb^k inside the same layer step) for one batch element. */
function elementSteps(model: Model, pass: Pass, element: number, detail: Detail): Step[] {
  const steps: Step[] = [];
  const n = model.layers.length;
  // Forward, layer by layer, neuron by neuron.
  for (const layer of pass.layers) {
    layer.output.forEach((_o, j) =>
      steps.push({
        kind: 'forward',
        id: `e${element}:o:${layer.k}:${j}`,
        phase: 'forward',
        element,
        stores: [oKey(element, layer.k, j)],
        k: layer.k,
        j,
      }),
    );
  }
  const lossDeltas = pass.lossDelta.map((_d, j) => deltaKey(element, n + 1, j));
  steps.push({
    kind: 'loss',
    id: `e${element}:loss`,
    phase: 'loss',
    element,
    stores: [lossKey(element), ...lossDeltas],
  });
  // Go through the layers backwards.
  for (const layer of [...pass.layers].reverse()) {
    const { k } = layer;
    const sum = (stage: Stage, key: string) => (stage === 'sum' || stage === 'all' ? [key] : []);
    layer.delta.forEach((_d, i) => {
      for (const stage of stagesOf(detail, deltaStages)) {
        steps.push({
          kind: 'delta',
          id: `e${element}:d:${k}:${i}:${stage}`,
          phase: 'backward',
          element,
          stores: sum(stage, deltaKey(element, k, i)),
          k,
          i,
          stage,
        });
      }
    });
    layer.dw?.forEach((row, j) =>
      row.forEach((_d, i) => {
        for (const stage of stagesOf(detail, weightStages)) {
          steps.push({
            kind: 'dw',
            id: `e${element}:dw:${k}:${j}:${i}:${stage}`,
            phase: 'weights',
            element,
            stores: sum(stage, dwKey(element, k, j, i)),
            k,
            j,
            i,
            stage,
          });
        }
      }),
    );
    layer.db?.forEach((_d, j) => {
      for (const stage of stagesOf(detail, weightStages)) {
        steps.push({
          kind: 'db',
          id: `e${element}:db:${k}:${j}:${stage}`,
          phase: 'weights',
          element,
          stores: sum(stage, dbKey(element, k, j)),
          k,
          j,
          stage,
        });
      }
    });
  }
  return steps;
}

/**
 * The timeline of a training iteration: every element's passes, then one update per learning layer. The updates of a
 * batch come after its last element and show it, as the step before them did (what they change is the whole batch's).
 */
export function buildTimeline(iteration: Iteration, detail: Detail): Timeline {
  const model = iteration.before;
  const steps = iteration.passes.flatMap((pass, element) => elementSteps(model, pass, element, detail));
  const last = Math.max(0, iteration.passes.length - 1);
  for (const gradients of iteration.gradients) {
    const { k } = gradients;
    steps.push({
      kind: 'update',
      id: `update:${k}`,
      phase: 'update',
      element: last,
      stores: [updateKey(k)],
      k,
    });
  }
  const storedAt = new Map<string, number>();
  steps.forEach((step, index) => step.stores.forEach((key) => storedAt.set(key, index)));
  return { detail, steps, storedAt };
}
