import './math.css';
import { useEffect } from 'react';
import { describable, type Card, type Segment } from '../../formulas';
import { useApp } from '../../store';
import { phaseMarkers, type PhaseMarker, type Step, type Timeline } from '../../timeline';
import { cardOf } from './cardOf';
import { CardLines } from './CardLines';
import { cacheLimit, isTypeset, toHtml } from './typeset';
import { useLaterFormulas, useStepFrame } from './useStepFrame';

/**
 * How many steps after the one shown are typeset ahead; how many phases after it (the steps ] and the scrubber's
 * markers jump to), and how many steps from the start of each (a δ's stages); at most how many new formulas one pass
 * of it sets (well within the cache, so that what it sets is still there when its step comes: on 8 × 16 a δ has some
 * 100 formulas); and the milliseconds of one idle callback.
 */
const ahead = { steps: 60, phases: 2, landing: 6, formulas: cacheLimit / 5, slice: 3 };

/** The steps whose formulas have been typeset (a step belongs to one timeline, of one model and iteration). */
const typeset = new WeakSet<Step>();

/** The starts of the phases of each timeline (a walk through all its steps: 10 000 on 8 × 16). */
const phaseStarts = new WeakMap<Timeline, readonly PhaseMarker[]>();

/** The indices of the steps to typeset ahead of step `index`, the soonest shown first. */
function aheadOf(timeline: Timeline, index: number): number[] {
  const range = (start: number, count: number) =>
    Array.from({ length: Math.max(0, Math.min(count, timeline.steps.length - start)) }, (_, n) => start + n);
  const markers = phaseStarts.get(timeline) ?? phaseMarkers(timeline);
  phaseStarts.set(timeline, markers);
  const jumps = markers.filter((marker) => marker.index > index + ahead.steps).slice(0, ahead.phases);
  return [...range(index + 1, ahead.steps), ...jumps.flatMap((marker) => range(marker.index, ahead.landing))];
}

/**
 * Typesets the formulas of the steps after the one shown while the browser is idle, one formula at a time, so that a
 * step finds its formulas set: typesetting a new δ's lines took about 1.5 ms of the step's frame on the Example. The
 * first steps of the next phases come after them, so that a jump there finds its formulas set too.
 */
function useTypesetAhead(): void {
  const { model, iteration } = useStepFrame();
  const timeline = useApp((state) => state.timeline);
  const index = useApp((state) => state.stepIndex);
  const later = useLaterFormulas();
  useEffect(() => {
    if (typeof requestIdleCallback === 'undefined') return undefined;
    /** The steps left to typeset, worked out in the first idle moment. */
    let order: number[] | undefined;
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
        order ??= aheadOf(timeline, index);
        const next = order.shift();
        if (next === undefined) return;
        const step = timeline.steps[next];
        if (!step || typeset.has(step) || !describable(step)) continue;
        current = step;
        queue = cardOf(model, iteration, step).lines.flatMap((line) =>
          line.segments.map((segment) => segment.latex),
        );
      }
      if (budget > 0) handle = requestIdleCallback(work);
    };
    handle = requestIdleCallback(work);
    return () => cancelIdleCallback(handle);
  }, [model, iteration, timeline, index, later]);
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
