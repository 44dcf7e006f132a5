import '../card/math.css';
import { useLayoutEffect, useRef, useState } from 'react';
import { toHtml } from '../card/typeset';

/** The smallest share of its size a formula shrinks to, to fit the strip; a longer one scrolls. */
const minFit = 0.6;

/**
 * The share of its size at which a formula fits the width of the caption's strip (1 when it fits at full size), kept
 * up to date as the strip's width or the formula changes.
 */
function useFit(latex: string) {
  const ref = useRef<HTMLSpanElement>(null);
  const [fit, setFit] = useState(1);
  useLayoutEffect(() => {
    const math = ref.current;
    const strip = math?.parentElement;
    if (!math || !strip) return undefined;
    const measure = () => {
      // The formula's width scales with its font size: its full width is its width now over the share it is set at;
      // it keeps a little room at the strip's end.
      const share = parseFloat(math.style.fontSize) || 1;
      const full = math.scrollWidth / share;
      const wanted = full > 0 ? Math.min(1, Math.max(minFit, (0.98 * strip.clientWidth) / full)) : 1;
      setFit((current) => (Math.abs(current - wanted) < 0.01 ? current : wanted));
    };
    measure();
    // jsdom has no ResizeObserver (and lays nothing out).
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(strip);
    return () => observer.disconnect();
  }, [latex]);
  return { ref, fit };
}

/**
 * One formula line set by KaTeX (loaded lazily with this module), from the card's cache: the line is most often the
 * card's newest, set already; a line longer than the strip is set smaller to fit it, down to 60% of its size.
 * Injecting its markup is safe for the reason the card's is: the LaTeX comes only from src/formulas, built from
 * numbers, indices and an allow-list of symbols and words (never from text a person typed), and KaTeX runs with
 * trust: false. The caption is hidden from screen readers (the narration says the step).
 */
export default function CaptionMath({ latex }: { latex: string }) {
  const { ref, fit } = useFit(latex);
  return (
    <span
      ref={ref}
      className="caption-math"
      style={fit < 1 ? { fontSize: `${fit}em` } : undefined}
      dangerouslySetInnerHTML={{ __html: toHtml(latex) }}
    />
  );
}
