/**
 * A tiny notation for the diagram's labels: `X^{2}_{1}` is X with superscript 2 and subscript 1.
 * Braces are required; a script applies to the character run just before it.
 */

/** A run of text, on the baseline or as a superscript/subscript. */
export interface MathRun {
  /** Position of the run in the source string: a stable key. */
  readonly at: number;
  readonly text: string;
  readonly script: 'base' | 'super' | 'sub';
}

/** Splits `X^{k+1}_{j}` into runs: [X base, k+1 super, j sub]. Unbalanced braces are kept as text. */
export function parseScripts(source: string): MathRun[] {
  const runs: MathRun[] = [];
  let base = '';
  let baseAt = 0;
  let at = 0;
  const flush = () => {
    if (base !== '') runs.push({ at: baseAt, text: base, script: 'base' });
    base = '';
  };
  while (at < source.length) {
    const char = source[at] ?? '';
    const close = source.indexOf('}', at + 2);
    if ((char === '^' || char === '_') && source[at + 1] === '{' && close > at) {
      flush();
      runs.push({ at, text: source.slice(at + 2, close), script: char === '^' ? 'super' : 'sub' });
      at = close + 1;
    } else {
      if (base === '') baseAt = at;
      base += char;
      at += 1;
    }
  }
  flush();
  return runs;
}

/** Scripts are drawn at this fraction of the font size. */
export const scriptScale = 0.7;

/** Approximate advance of one character, in ems, for a sans-serif font (no DOM measuring: layout is pure). */
function charWidth(char: string): number {
  if (char >= '0' && char <= '9') return 0.64;
  if ('—…'.includes(char)) return 1;
  if ('()[]'.includes(char)) return 0.39;
  if (",.:;!|ijlI1' ".includes(char)) return 0.32;
  if ('mwMWŵ'.includes(char)) return 0.82;
  if ('+−=<>×≥≤'.includes(char)) return 0.6;
  if (char >= 'A' && char <= 'Z') return 0.66;
  return 0.56;
}

/** How much wider bold type is than regular type (DejaVu Sans Bold's digits are 0.70 em, its regular ones 0.64 em). */
export const boldWidth = 1.1;

/** Approximate width of plain text at a font size (times `boldWidth` for bold text). */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char);
  return ems * fontSize;
}

/** Approximate width of a label in the script notation; a superscript and the subscript after it are stacked. */
export function mathWidth(source: string, fontSize: number): number {
  const runs = parseScripts(source);
  let width = 0;
  runs.forEach((run, index) => {
    const size = run.script === 'base' ? fontSize : fontSize * scriptScale;
    const w = textWidth(run.text, size);
    const previous = runs[index - 1];
    // A subscript right after a superscript sits under it: only the wider of the two counts.
    if (run.script === 'sub' && previous?.script === 'super') {
      width += Math.max(0, w - textWidth(previous.text, size));
    } else {
      width += w;
    }
  });
  return width;
}

/** The characters a tooltip writes raised and lowered, and their Unicode forms (superscripts, then subscripts). */
const scriptForms = {
  '^': ['0123456789,-truhavg', '⁰¹²³⁴⁵⁶⁷⁸⁹,⁻ᵗʳᵘʰᵃᵛᵍ'],
  _: ['0123456789,ij', '₀₁₂₃₄₅₆₇₈₉,ᵢⱼ'],
} as const;

/**
 * A label as a tooltip shows it, in Unicode scripts: `w^{3,1}_{1}` and `w^{3,1}_1` → `w³,¹₁` (a script it cannot
 * write stays as it is).
 */
export function unicodeScripts(source: string): string {
  return source.replace(
    /([\^_])(?:\{([^{}]*)\}|([\dA-Za-z]+))/g,
    (match, mark: '^' | '_', braced?: string, bare?: string) => {
      const body = braced ?? bare ?? '';
      const [plain, raised] = scriptForms[mark];
      const chars = [...body].map((char) => raised[plain.indexOf(char)]);
      return chars.every(Boolean) ? chars.join('') : match;
    },
  );
}

/** The label in plain text for screen readers: `w^{3,1}_{1}` → `w^{3,1}_1`. */
export function plainScripts(source: string): string {
  return source.replace(/([\^_])\{([^{}]*)\}/g, (_match, mark: string, body: string) =>
    [...body].length === 1 ? `${mark}${body}` : `${mark}{${body}}`,
  );
}

/**
 * A per-element quantity in batch element e (1-based), as spec 1.5 writes it: e after the layer in each superscript
 * (X^{2}_{1} → X^{2,3}_{1}, Y^{truth} → Y^{truth,3}); unchanged for a single sample (e undefined). With "avg", the
 * batch's sum (δw^{2,1}_{1} → δw^{2,1,avg}_{1}).
 */
export const withElement = (source: string, e: number | 'avg' | undefined): string =>
  e === undefined ? source : source.replace(/\^\{([^{}]*)\}/g, `^{$1,${e}}`);
