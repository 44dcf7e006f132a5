import '../card/math.css';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { shortenings } from '../card/breaks';
import { toHtml } from '../card/typeset';

/** The smallest share of its size a formula shrinks to, to fit the strip; a longer one is said shorter. */
const minFit = 0.6;

/**
 * Which of a formula's forms (see shortenings) the caption's strip shows, and the share of its size at which it fits
 * the strip's width (1 when it fits at full size): the longest form that fits at 60% of its size at least, kept up to
 * date as the strip's width changes. The last form, if even it is too long, scrolls.
 */
function useFit(forms: readonly string[]) {
  const ref = useRef<HTMLSpanElement>(null);
  const [chosen, setChosen] = useState({ forms, form: 0, share: 1 });
  // A new formula starts from its whole form, at the share the last one was set at.
  const fit = chosen.forms === forms ? chosen : { forms, form: 0, share: chosen.share };
  const { form } = fit;
  /** The strip's width when the form was chosen. */
  const width = useRef(0);
  useLayoutEffect(() => {
    const math = ref.current;
    const strip = math?.parentElement;
    if (!math || !strip) return undefined;
    const measure = () => {
      // The formula's width scales with its font size: its full width is its width now over the share it is set at;
      // it keeps a little room at the strip's end.
      const share = parseFloat(math.style.fontSize) || 1;
      const full = math.scrollWidth / share;
      const wanted = full > 0 ? Math.min(1, (0.98 * strip.clientWidth) / full) : 1;
      width.current = strip.clientWidth;
      if (wanted < minFit && form < forms.length - 1) setChosen({ forms, form: form + 1, share: 1 });
      else
        setChosen((current) =>
          current.forms === forms && Math.abs(current.share - Math.max(minFit, wanted)) < 0.01
            ? current
            : { forms, form, share: Math.max(minFit, wanted) },
        );
    };
    measure();
    // jsdom has no ResizeObserver (and lays nothing out).
    if (typeof ResizeObserver === 'undefined') return undefined;
    // A wider strip may hold a longer form again.
    const observer = new ResizeObserver(() => {
      if (strip.clientWidth > width.current && form > 0) setChosen({ forms, form: 0, share: 1 });
      else measure();
    });
    observer.observe(strip);
    return () => observer.disconnect();
  }, [forms, form]);
  return { ref, fit };
}

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
