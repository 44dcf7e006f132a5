import type { Iteration, Model } from '../engine';
import type { Step } from '../timeline';
import { backwardFormulas } from './backwardCode';
import { tidy } from './card';
import { batchSizeOf, notation } from './notation';

/** The step in words and numbers for the aria-live region, e.g. "Backward, layer 3: δ^3_1 equals δ^4_1 because …". */
export function narrate(model: Model, iteration: Iteration, step: Step): string {
  // The steps are read by the chunk of the formulas that come after the first frame: silent until it has come.
  const backward = backwardFormulas.current();
  if (step.kind === 'update') return backward ? tidy(backward.updateSaid(iteration, step)) : '';
  const pass = iteration.passes[step.element];
  if (!pass) return '';
  const size = batchSizeOf(pass);
  const nt = notation(step.element, size);
  const prefix = size > 1 ? `Element ${step.element + 1} of ${size}. ` : '';
  switch (step.kind) {
    case 'forward':
      return backward ? tidy(prefix + backward.forwardSaid(model, pass, step, nt)) : '';
    case 'loss':
      return backward ? tidy(prefix + backward.lossSaid(pass, nt)) : '';
    case 'delta':
      return backward ? tidy(prefix + backward.deltaSaid(model, pass, step, nt)) : '';
    case 'dw':
    case 'db':
      return backward ? tidy(prefix + backward.weightSaid(pass, step, nt)) : '';
  }
}
