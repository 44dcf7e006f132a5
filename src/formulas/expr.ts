/**
 * A piece of formula in the three forms the app prints it.
 *
 * Safety: every LaTeX string of the app is assembled here from (1) the fixed literals of this package, (2) integers
 * (layer and neuron indices, printed by `int`) and (3) numbers printed by `num` (digits, a point, a minus sign,
 * "\," and "\times 10^{…}"). No text that a person typed (the model title, a file) can reach these functions: the
 * only way to put words into LaTeX is `words`, which accepts letters, digits and a few punctuation marks and throws on
 * anything else. KaTeX is also run with `trust: false`, so even a stray `\href` could not become a link.
 */
export interface Expr {
  /** LaTeX, rendered by KaTeX. */
  readonly tex: string;
  /** Plain Unicode text (δ³₁), shown while KaTeX loads and in captions. */
  readonly text: string;
  /** Plain text for screen readers, with caret indices as the narration writes them (δ^3_1). */
  readonly say: string;
}

/** A fixed piece of formula; only ever called with literals of this package. */
export const lit = (tex: string, text: string = tex, say: string = text): Expr => ({ tex, text, say });

/** Pieces joined by spaces (LaTeX ignores them in math mode). */
export function cat(...parts: readonly Expr[]): Expr {
  return {
    tex: parts.map((part) => part.tex).join(' '),
    text: parts.map((part) => part.text).join(' '),
    say: parts.map((part) => part.say).join(' '),
  };
}

/** Pieces joined with no space in the plain forms (a function and its argument). */
export function glue(...parts: readonly Expr[]): Expr {
  return {
    tex: parts.map((part) => part.tex).join(''),
    text: parts.map((part) => part.text).join(''),
    say: parts.map((part) => part.say).join(''),
  };
}

/** The words allowed inside \text{…}: letters, digits, spaces and plain punctuation, nothing LaTeX reads as a command. */
const plainWords = /^[A-Za-z0-9 ,.;:'()/-]*$/;

/** Words set in upright text inside a formula; throws on any character outside the allow-list (a bug of the app). */
export function words(text: string): Expr {
  if (!plainWords.test(text))
    throw new Error(`formula words outside the allow-list: ${JSON.stringify(text)}`);
  // KaTeX breaks inline math only where it is allowed to: between the words and around them, never before a comma.
  const pieces = text.split(/(?<=\S )(?=\S)/).map((piece) => `\\text{${piece}}`);
  const before = /^[,.;:)]/.test(text) ? '' : '\\allowbreak';
  return { tex: `${before}${pieces.join('\\allowbreak')}\\allowbreak`, text, say: text };
}

/** An index printed as an integer, or "?" for anything else (indices never carry text). */
export function int(n: number): string {
  return Number.isSafeInteger(n) ? String(n) : '?';
}

export const eq = lit('=');
export const plus = lit('+');
export const minus = lit('-', '−');
/** The series' symbolic product ".". */
export const dot = lit('\\mathbin{.}', '.');
/** The series' numeric product "*". */
export const times = lit('*');
export const geq = lit('\\geq', '≥');
export const lt = lit('<');
export const question = lit('\\,?', '?');
export const check = lit('\\;\\checkmark', '✓', '✓');
export const half = lit('\\frac{1}{2}', '½', '½');
export const one = lit('1');
export const zero = lit('0');
export const comma = lit(',\\;', ',', ',');

/** e kept on one line: KaTeX does not break inside a group. */
export const group = (e: Expr): Expr => ({ ...e, tex: `{${e.tex}}` });

/** (e). */
export const paren = (e: Expr): Expr => glue(lit('('), e, lit(')'));

/** e boxed, the series' mark of a result (plain forms print it bare). */
export const boxed = (e: Expr): Expr => ({ tex: `\\boxed{${e.tex}}`, text: e.text, say: e.say });

/** A plain operand of "/", in parentheses when it is more than one token. */
const grouped = (text: string): string => (/\s/.test(text.trim()) ? `(${text.trim()})` : text);

/** a over b. */
export const frac = (a: Expr, b: Expr): Expr => ({
  tex: `\\frac{${a.tex}}{${b.tex}}`,
  text: `${grouped(a.text)}/${grouped(b.text)}`,
  say: `${grouped(a.say)}/${grouped(b.say)}`,
});

/** ∂f/∂v, followed by its evaluation point when given: ∂f/∂v(at). */
export function partial(f: Expr, v: Expr, at?: Expr): Expr {
  const d = frac(glue(lit('\\partial ', '∂'), f), glue(lit('\\partial ', '∂'), v));
  return at ? glue(d, paren(at)) : d;
}

/** "a if condition else b", the series' conditional form. */
export const ifElse = (a: Expr, condition: Expr, b: Expr): Expr =>
  cat(a, words(' if '), condition, words(' else '), b);

/** Parts joined by a separator piece. */
export function joinWith(separator: Expr, parts: readonly Expr[]): Expr {
  return cat(...parts.flatMap((part, n) => (n === 0 ? [part] : [separator, part])));
}
