import './math.css';
import { useEffect } from 'react';
import { describable, type Card, type Segment } from '../../formulas';
import { useApp } from '../../store';
import type { Step } from '../../timeline';
import { cardOf } from './cardOf';
import { CardLines } from './CardLines';
import { cacheLimit, isTypeset, toHtml } from './typeset';
import { useLaterFormulas, useStepFrame } from './useStepFrame';

/**
 * How many steps after the one shown are typeset ahead; at most how many new formulas one pass of it sets (well within
 * the cache, so that what it sets is still there when its step comes: on 8 × 16 a δ has some 100 formulas); and the
 * milliseconds of one idle callback.
 */
const ahead = { steps: 60, formulas: cacheLimit / 5, slice: 3 };

/** The steps whose formulas have been typeset (a step belongs to one timeline, of one model and iteration). */
const typeset = new WeakSet<Step>();

/**
 * Typesets the formulas of the steps after the one shown while the browser is idle, one formula at a time, so that a
 * step finds its formulas set: typesetting a new δ's lines took about 1.5 ms of the step's frame on the Example.
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
    /** The step being typeset, and its formulas not set yet. */
    let current: Step | undefined;
    let queue: string[] = [];
    let handle = 0;
    const work = (deadline: IdleDeadline) => {
      // A few milliseconds at a time: a key pressed meanwhile waits no longer than that.
      const stop = performance.now() + ahead.slice;
      while (deadline.timeRemaining() > 1 && performance.now() < stop && budget > 0) {
        const latex = queue.pop();
        if (latex !== undefined) {
          if (!isTypeset(latex)) {
            toHtml(latex);
            budget--;
          }
          continue;
        }
        if (current) typeset.add(current);
        current = undefined;
        const step = steps[next++];
        if (next > end || !step) return;
        if (typeset.has(step) || !describable(step)) continue;
        current = step;
        queue = cardOf(model, iteration, step).lines.flatMap((line) =>
          line.segments.map((segment) => segment.latex),
        );
      }
      if (budget > 0) handle = requestIdleCallback(work);
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
