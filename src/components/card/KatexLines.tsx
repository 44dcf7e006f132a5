import katex from 'katex';
import 'katex/dist/katex.min.css';
import type { Card, Segment } from '../../formulas';
import { CardLines } from './CardLines';

/**
 * KaTeX options: no \href or \url links (trust: false), no exceptions, HTML only. Screen readers read each
 * segment's plain text instead (MathML would double the card's elements, and what a step costs to lay out).
 */
const options = { trust: false, throwOnError: false, output: 'html', strict: 'ignore' } as const;

/** Rendered HTML by LaTeX source: a pure memo of katex.renderToString, kept small. */
const cache = new Map<string, string>();
const cacheLimit = 2000;

/** KaTeX's HTML for a LaTeX string of src/formulas. */
function toHtml(latex: string): string {
  const hit = cache.get(latex);
  if (hit !== undefined) return hit;
  if (cache.size >= cacheLimit) cache.clear();
  // Display style: fractions and indices at full size, readable from the back of a classroom.
  const html = katex.renderToString(`\\displaystyle ${latex}`, options);
  cache.set(latex, html);
  return html;
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

/** The card's lines typeset with KaTeX (loaded lazily with this module, with its CSS). */
export default function KatexLines({ card }: { card: Card }) {
  return <CardLines card={card} render={renderMath} />;
}
