import type { Step } from '../timeline';

/** A superscript in plain text: "^3", or "^{3,1}" / "^{12}" when it is longer than one character. */
const sup = (text: string | number): string => (String(text).length === 1 ? `^${text}` : `^{${text}}`);

/** A subscript in plain text: "_1", or "_{12}". */
const sub = (text: string | number): string => (String(text).length === 1 ? `_${text}` : `_{${text}}`);

/** The quantity a step is about, with 1-based neuron indices: "o^2_1", "δ^3_1", "δw^{2,1}_3", "δb^2_1". */
function quantityOf(step: Step): string {
  switch (step.kind) {
    case 'forward':
      return `o${sup(step.k)}${sub(step.j + 1)}`;
    case 'loss':
      return 'loss';
    case 'delta':
      return `δ${sup(step.k)}${sub(step.i + 1)}`;
    case 'dw':
      return `δw${sup(`${step.k},${step.j + 1}`)}${sub(step.i + 1)}`;
    case 'db':
      return `δb${sup(step.k)}${sub(step.j + 1)}`;
    case 'update':
      return `update L${sup(step.k)}`;
  }
}

/**
 * A step as plain text made only from the step's kind, numbers and stage name (never from user data):
 * "o^2_1", "loss", "δ^3_1 · paths", "δw^{2,1}_3 · terms", "update L^2". The compact level shows no stage.
 */
export function stepLabel(step: Step): string {
  const quantity = quantityOf(step);
  return 'stage' in step && step.stage !== 'all' ? `${quantity} · ${step.stage}` : quantity;
}
