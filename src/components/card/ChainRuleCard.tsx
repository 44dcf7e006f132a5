import { lazy, Suspense, useId, useMemo } from 'react';
import type { Segment } from '../../formulas';
import { cardOf } from './cardOf';
import './card.css';
import { CardLines } from './CardLines';
import { PlainFallback } from './PlainFallback';
import { StageList } from './StageList';
import { useLaterFormulas, useStepFrame } from './useStepFrame';

/**
 * KaTeX and its CSS come in a separate chunk, so the diagram paints first; the plain text stands in meanwhile, and
 * for good if the chunk cannot be loaded.
 */
const KatexLines = lazy(() => import('./KatexLines'));

const renderPlain = (segment: Segment) => <span className="card-plain">{segment.text}</span>;

/** The chain-rule card of the current step: its title, the stages of a gradient, and the formula lines. */
export function ChainRuleCard() {
  const { model, iteration, step } = useStepFrame();
  const titleId = useId();
  // The card is a pure function of the frame: recomputed when the step (or the model) changes, never stored; and
  // once the formulas after the first frame have come.
  const later = useLaterFormulas();
  const card = useMemo(
    () => (step ? cardOf(model, iteration, step) : undefined),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `later` makes the card again when the formulas came
    [model, iteration, step, later],
  );
  if (!card)
    return (
      <section
        className="chain-rule-card is-empty"
        data-testid="chain-rule-card"
        aria-label="Chain-rule card"
      >
        <p>There is no sample to walk: add one to the dataset to step through training.</p>
      </section>
    );
  const plain = <CardLines card={card} render={renderPlain} />;
  return (
    <section
      className={card.stages ? 'chain-rule-card has-stages' : 'chain-rule-card'}
      data-testid="chain-rule-card"
      aria-labelledby={titleId}
    >
      <h2 className="card-title" id={titleId}>
        {card.title}
      </h2>
      {card.stages && <StageList stages={card.stages} />}
      <PlainFallback fallback={plain}>
        <Suspense fallback={plain}>
          <KatexLines card={card} />
        </Suspense>
      </PlainFallback>
    </section>
  );
}
