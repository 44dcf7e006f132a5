import 'katex/dist/katex.min.css';
import { useEffect } from 'react';
import { chainRuleCard, describable, type Card, type Segment } from '../../formulas';
import { useApp } from '../../store';
import type { Step } from '../../timeline';
import { CardLines } from './CardLines';
import { cacheLimit, isTypeset, toHtml } from './typeset';
import { useLaterFormulas, useStepFrame } from './useStepFrame';

/** How many steps after the one shown are typeset ahead, and at most how many new formulas a pass of it sets. */
const ahead = { steps: 60, formulas: cacheLimit / 2 };

/** The steps whose formulas have been typeset (a step belongs to one timeline, of one model and iteration). */
const typeset = new WeakSet<Step>();

/**
 * Typesets the formulas of the steps after the one shown while the browser is idle, so that a step finds its
 * formulas set: typesetting a new δ's lines took about 1.5 ms of the step's frame on the Example.
 */
function useTypesetAhead(): void {
  const { model, iteration } = useStepFrame();
  const steps = useApp((state) => state.timeline.steps);
  const index = useApp((state) => state.stepIndex);
  const later = useLaterFormulas();
  useEffect(() => {
    if (typeof requestIdleCallback === 'undefined') return undefined;
    let next = index + 1;
    const end = Math.min(steps.length, next + ahead.steps);
    let budget = ahead.formulas;
    let handle = 0;
    const work = (deadline: IdleDeadline) => {
      while (next < end && budget > 0 && deadline.timeRemaining() > 1) {
        const step = steps[next++];
        if (!step || typeset.has(step) || !describable(step)) continue;
        for (const line of chainRuleCard(model, iteration, step).lines)
          for (const segment of line.segments)
            if (!isTypeset(segment.latex)) {
              toHtml(segment.latex);
              budget--;
            }
        typeset.add(step);
      }
      if (next < end && budget > 0) handle = requestIdleCallback(work);
    };
    handle = requestIdleCallback(work);
    return () => cancelIdleCallback(handle);
  }, [model, iteration, steps, index, later]);
}

/**
 * One segment set by KaTeX. Injecting HTML is safe here: the LaTeX comes only from src/formulas, which builds it from
 * numbers, integer indices and a fixed allow-list of symbols and words (never from the model's title or any text a
 * person typed), and KaTeX runs with trust: false, so no command can produce a link, a style or a script.
 */
function TexSegment({ segment }: { segment: Segment }) {
  return (
    <>
      <span
        className="card-math"
        aria-hidden="true"
        dangerouslySetInnerHTML={{ __html: toHtml(segment.latex) }}
      />
      <span className="card-visually-hidden">{segment.text}</span>
    </>
  );
}

const renderMath = (segment: Segment) => <TexSegment segment={segment} />;

/** The card's lines typeset with KaTeX (loaded lazily with this module, with its CSS), the next steps' ahead. */
export default function KatexLines({ card }: { card: Card }) {
  useTypesetAhead();
  return <CardLines card={card} render={renderMath} />;
}
