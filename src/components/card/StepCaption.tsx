import { Fragment, useMemo } from 'react';
import { narrate, stepCaption } from '../../formulas';
import './card.css';
import { useLaterFormulas, useStepFrame } from './useStepFrame';

/** One line saying what the current step computes, and the same step in words for screen readers. */
export function StepCaption() {
  const { model, iteration, step } = useStepFrame();
  const caption = useMemo(
    () => (step ? stepCaption(model, iteration.passes[step.element], step) : 'No step: the dataset is empty'),
    [model, iteration, step],
  );
  // The words come with the formulas after the first frame: read again once they have come.
  const spoken = useLaterFormulas();
  const narration = useMemo(
    () => (step && spoken ? narrate(model, iteration, step) : ''),
    [model, iteration, step, spoken],
  );
  return (
    <div className="step-caption-bar">
      <p className="step-caption" data-testid="step-caption">
        {caption.split(' · ').map((piece, n) => (
          // A long caption breaks between its pieces, never inside a formula ("ŵ = w − α . δw").
          <Fragment key={n}>
            {n > 0 && ' · '}
            {piece.includes('=') ? <span className="caption-formula">{piece}</span> : piece}
          </Fragment>
        ))}
      </p>
      <p className="card-visually-hidden" aria-live="polite" aria-atomic="true" data-testid="narration">
        {narration}
      </p>
    </div>
  );
}
