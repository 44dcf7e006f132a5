import katex from 'katex';

/**
 * KaTeX options: no \href or \url links (trust: false), no exceptions, HTML only. Screen readers read each
 * segment's plain text instead (MathML would double the card's elements, and what a step costs to lay out).
 */
const options = { trust: false, throwOnError: false, output: 'html', strict: 'ignore' } as const;

/** Rendered HTML by LaTeX source: a pure memo of katex.renderToString, the least recently used dropped first. */
const cache = new Map<string, string>();

/** At most this many formulas are kept set. */
export const cacheLimit = 2000;

/** True when the formula is set already (typesetting it again costs nothing). */
export const isTypeset = (latex: string): boolean => cache.has(latex);

/**
 * KaTeX's HTML for a LaTeX string of src/formulas, in display style (fractions and indices at full size, readable
 * from the back of a classroom); the card and the presentation caption share it.
 */
export function toHtml(latex: string): string {
  const hit = cache.get(latex);
  if (hit !== undefined) {
    cache.delete(latex);
    cache.set(latex, hit);
    return hit;
  }
  const html = katex.renderToString(`\\displaystyle ${latex}`, options);
  cache.set(latex, html);
  if (cache.size > cacheLimit) cache.delete(cache.keys().next().value ?? latex);
  return html;
}
