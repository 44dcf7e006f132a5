import katex from 'katex';
import 'katex/dist/katex.min.css';

/** KaTeX options as the card's: no links (trust: false), no exceptions, HTML plus MathML for screen readers. */
const options = { trust: false, throwOnError: false, output: 'htmlAndMathml', strict: 'ignore' } as const;

/**
 * One formula line set by KaTeX (loaded lazily with this module). Injecting its HTML is safe for the reason the card's
 * is: the LaTeX comes only from src/formulas, built from numbers, indices and an allow-list of symbols and words
 * (never from text a person typed), and KaTeX runs with trust: false.
 */
export default function CaptionMath({ latex }: { latex: string }) {
  return (
    <span
      className="caption-math"
      dangerouslySetInnerHTML={{ __html: katex.renderToString(`\\displaystyle ${latex}`, options) }}
    />
  );
}
