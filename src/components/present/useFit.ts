import { useLayoutEffect, useRef, useState } from 'react';

/** The smallest share of its size a line of the caption shrinks to, to fit the strip. */
const minFit = 0.6;

/**
 * Which of a line's forms (a formula's, see shortenings) the caption's strip shows, and the share of its size at which
 * it fits the strip's width (1 when it fits at full size): the longest form that fits at 60% of its size at least,
 * kept up to date as the strip's width changes. The last form, if even it is too long, overflows the strip. The ref
 * goes on the line, a child of the strip that is as wide as its content.
 */
export function useFit(forms: readonly string[]) {
  const ref = useRef<HTMLSpanElement>(null);
  const [chosen, setChosen] = useState({ forms, form: 0, share: 1 });
  // A new line starts from its whole form, at the share the last one was set at.
  const fit = chosen.forms === forms ? chosen : { forms, form: 0, share: chosen.share };
  const { form } = fit;
  /** The strip's width when the form was chosen. */
  const width = useRef(0);
  useLayoutEffect(() => {
    const line = ref.current;
    const strip = line?.parentElement;
    if (!line || !strip) return undefined;
    const measure = () => {
      // The line's width scales with its font size: its full width is its width now over the share it is set at;
      // it keeps a little room at the strip's end.
      const share = parseFloat(line.style.fontSize) || 1;
      const full = line.scrollWidth / share;
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
