/** Where the first non-finite value of a run is shown: its step in the stepper and its element in the diagram. */
import { neuronId } from '../../layout';
import { dbKey, deltaKey, dwKey, lossKey, oKey, updateKey } from '../../timeline';
import type { NonFiniteReport } from '../../training';

/** The batch element of the iteration whose pass produced the value (0 when the update did). */
const elementOf = (report: NonFiniteReport): number =>
  report.sample === null ? 0 : Math.max(0, report.samples.indexOf(report.sample));

/** The key of the timeline quantity (see timeline/quantities.ts) that holds the value. */
export function quantityKey(report: NonFiniteReport): string {
  const e = elementOf(report);
  const { k } = report;
  const j = report.j ?? 0;
  const i = report.i ?? 0;
  switch (report.quantity) {
    case 'o':
      return oKey(e, k, j);
    case 'loss':
      return lossKey(e);
    case 'delta':
      return deltaKey(e, k, report.i ?? j);
    case 'dw':
      return dwKey(e, k, j, i);
    case 'db':
      return dbKey(e, k, j);
    case 'w':
    case 'b':
      return updateKey(k);
  }
}

/**
 * The neuron to select in the diagram: the box of o^k_j, or of o^{k-1}_i for δ^k_i (δ^k lives with o^{k-1}), or the
 * output neuron o^k_j whose weights δw^{k,j}_i and bias δb^k_j feed; null for the loss (its step shows the Loss box).
 */
export function neuronOf(report: NonFiniteReport): string | null {
  const { k } = report;
  const j = report.j ?? 0;
  switch (report.quantity) {
    case 'o':
    case 'dw':
    case 'w':
    case 'db':
    case 'b':
      return neuronId(k, j);
    case 'loss':
      return null;
    case 'delta':
      return neuronId(k - 1, report.i ?? j);
  }
}
