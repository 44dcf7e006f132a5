/** How training runs are driven: the schedulers of their slices, the epochs allowed, the iterations per burst. */
import type { Model, TrainingMode } from '../engine';
import { weightCount } from '../training/count';
import type { Scheduler } from './trainingSlice';

/** The app's scheduler: each slice of a long run goes after the browser has painted and handled input. */
export const timeoutScheduler: Scheduler = (task) => {
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
};

/** A synchronous scheduler for tests: tasks run at once, queued rather than nested, so deep runs do not recurse. */
export function createImmediateScheduler(): Scheduler {
  const queue: (() => void)[] = [];
  let draining = false;
  return (task) => {
    let cancelled = false;
    queue.push(() => {
      if (!cancelled) task();
    });
    if (!draining) {
      draining = true;
      try {
        for (let next = queue.shift(); next; next = queue.shift()) next();
      } finally {
        draining = false;
      }
    }
    return () => {
      cancelled = true;
    };
  };
}

/** At most this many epochs in one run. */
export const maxEpochs = 100_000;

/** About this much work (samples × (weights + neurons)) is done between two looks at the clock (about 1 ms). */
const burstWork = 500;

/** Iterations between two looks at the clock for a model: more for small models, at least 1. */
export function chunkFor(model: Model, mode: TrainingMode): number {
  const neurons = model.layers.reduce((sum, layer) => sum + layer.size, 0);
  const perIteration = mode === 'batch' ? Math.min(model.batchSize, Math.max(1, model.dataset.length)) : 1;
  // Each epoch also measures the loss curve: one forward pass per sample.
  const work = (perIteration + 1) * (weightCount(model) + neurons + 1);
  return Math.max(1, Math.floor(burstWork / work));
}
