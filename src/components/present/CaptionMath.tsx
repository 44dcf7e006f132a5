import '../card/math.css';
import { useMemo } from 'react';
import { shortenings } from '../card/breaks';
import { toHtml } from '../card/typeset';
import { useFit } from './useFit';

/**
 * One formula line set by KaTeX (loaded lazily with this module), from the card's cache: the line is most often the
 * card's newest, set already; a line longer than the strip is set smaller to fit it, down to 60% of its size, and
 * said shorter past that.
 * Injecting its markup is safe for the reason the card's is: the LaTeX comes only from src/formulas, built from
 * numbers, indices and an allow-list of symbols and words (never from text a person typed), and KaTeX runs with
 * trust: false. The caption is hidden from screen readers (the narration says the step).
 */
export default function CaptionMath({ latex }: { latex: string }) {
  const forms = useMemo(() => shortenings(latex), [latex]);
  const { ref, fit } = useFit(forms);
  return (
    <span
      ref={ref}
      className="caption-math"
      style={fit.share < 1 ? { fontSize: `${fit.share}em` } : undefined}
      dangerouslySetInnerHTML={{ __html: toHtml(forms[fit.form] ?? latex) }}
    />
  );
}
