import katex from 'katex';
import { breakPieces } from './breaks';
import { lru } from './lru';

/**
 * KaTeX options: no \href or \url links (trust: false), no exceptions, MathML only (the browser lays it out with the
 * math font of math.css: a few elements per symbol, where KaTeX's HTML takes a dozen). Screen readers read each
 * segment's plain text instead.
 */
const options = { trust: false, throwOnError: false, output: 'mathml', strict: 'ignore' } as const;

/**
 * The wrappers KaTeX puts around a formula in display style, and the TeX source it keeps beside it: elements the page
 * never shows, which `<math displaystyle="true">` replaces (a fifth of a card's elements, each laid out every step).
 */
const wrapped =
  /^<span class="katex"><math xmlns="http:\/\/www\.w3\.org\/1998\/Math\/MathML"><semantics><mrow><mstyle scriptlevel="0" displaystyle="true">([\s\S]*)<\/mstyle><\/mrow><annotation encoding="application\/x-tex">[^<]*<\/annotation><\/semantics><\/math><\/span>$/;

/** \boxed's frame (Chromium draws no <menclose>) and the styles KaTeX nests in it, which come back to display style. */
const boxed =
  /<menclose notation="box"><mstyle scriptlevel="0" displaystyle="false"><mstyle scriptlevel="0" displaystyle="false"><mstyle scriptlevel="0" displaystyle="true">([\s\S]*?)<\/mstyle><\/mstyle><\/mstyle><\/menclose>/g;

/** The words `words` of src/formulas allows: letters, digits, spaces and plain punctuation. */
const wordChars = "[A-Za-z0-9 ,.;:'()/-]*";

/** A piece that is words alone. */
const wordsAlone = new RegExp(`^\\\\text\\{(${wordChars})\\}$`);

/** A piece of symbols ending in words that begin with punctuation (", of value"), which stays after the symbols. */
const symbolsThenWords = new RegExp(`^([\\s\\S]*?)\\s*\\\\text\\{([,.;:)]+)(${wordChars})\\}$`);

/** Text escaped for HTML (the words allow-list has no markup, but the apostrophe and anything else stays inert). */
const escape = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Words as text in the formula's font: they wrap like the sentences they are. */
const wordsOf = (text: string): string => `<span class="math-words">${escape(text)}</span>`;

/**
 * Operators MathML spaces where TeX does not: the comma of an index (w^{2,1}), the goal's "?", and the dots of a
 * skipped computation, between two "=" that space them already.
 */
const unspaced = /<mo((?:\s[^>]*)?)>([,?\u22ef\u2026])<\/mo>/g;

/**
 * A minus sign after an operator, an opening parenthesis or a space, which is a number's sign (= −0.5, (−1)): MathML
 * spaces a minus amid a row as a difference, TeX as a sign.
 */
const sign = /(<mo(?:\s[^>]*)?>[^<)]<\/mo>(?:<mtext>[^<]*<\/mtext>)?)<mo>−<\/mo>/g;

/** The limits of a Σ, and in them a relation, which TeX sets tight in a script: j=1. */
const limits = /<munderover>[\s\S]*?<\/munderover>/g;
const relation = /<mo>=<\/mo>/g;

/**
 * A relation that ends a piece before the goal's "?" (= \,?): TeX puts no space between a relation and a closing
 * sign, only the thin space written.
 */
const beforeQuestion =
  /<mo>=<\/mo>(<\/math><\/span><span class="katex"><math[^>]*><mtext>[^<]*<\/mtext><mo[^>]*>\?<\/mo>)/g;

/** \hat over a letter: the accent after its letter. */
const hat = /(<mover accent="true"><mi>([a-zA-Z])<\/mi>)<mo>\^<\/mo>/g;

/** The first and the last operator of a formula: TeX spaces an operator only between two symbols. */
const leading = /^(<span class="katex"><math[^>]*>)<mo((?:\s[^>]*)?)>/;
const trailing = /<mo((?:\s[^>]*)?)>([^<]*)<\/mo>(<\/math><\/span>)$/;

/**
 * Symbols in MathML, in display style (fractions and indices at full size, readable from the back of a classroom).
 * \boxed becomes a boxed row (Chromium draws no <menclose>), and \hat's accent the modifier circumflex ("^" stands off
 * to the left), of a class naming its letter: the browser centres an accent on its letter's box, so math.css moves it
 * over the italic letter's top (the font's accent attachment point).
 */
const symbolsOf = (latex: string): string =>
  katex
    .renderToString(`\\displaystyle ${latex}`, options)
    .replace(wrapped, '<span class="katex"><math displaystyle="true">$1</math></span>')
    .replace(boxed, '<mrow class="math-boxed">$1</mrow>')
    .replace(sign, '$1<mo lspace="0em" rspace="0em">−</mo>')
    .replace(unspaced, '<mo$1 lspace="0em" rspace="0em">$2</mo>')
    .replace(hat, '$1<mo class="math-hat math-hat-$2">\u02c6</mo>')
    .replace(limits, (sum) => sum.replace(relation, '<mo lspace="0em" rspace="0em">=</mo>'));

/** One piece of formula: words, symbols, or symbols with the punctuation after them kept on their line. */
function pieceOf(latex: string): string {
  const words = wordsAlone.exec(latex);
  if (words) return wordsOf(words[1] ?? '');
  const [, symbols, punctuation, rest] = symbolsThenWords.exec(latex) ?? [];
  if (symbols === undefined || punctuation === undefined) return symbolsOf(latex);
  const glued = `<span class="math-glued">${symbolsOf(symbols)}${escape(punctuation)}</span>`;
  return rest ? glued + wordsOf(rest) : glued;
}

/** A pure function of a string, memoised: at most `limit` results kept; `has` tells whether one is (asking is free). */
function memo(set: (latex: string) => string, limit: number) {
  const kept = lru<string, string>(limit);
  const of = (latex: string): string => {
    const hit = kept.get(latex);
    if (hit !== undefined) return hit;
    const result = set(latex);
    kept.set(latex, result);
    return result;
  };
  // Asked for, a result kept is as recent as one read: it is wanted soon.
  return Object.assign(of, { has: (latex: string) => kept.get(latex) !== undefined });
}

/** At most this many formulas are kept set. */
export const cacheLimit = 2000;

/**
 * The pieces set, by source: the formulas of a step share most of theirs (on 8 × 16, a third of the pieces of the
 * distinct formulas are distinct), so that KaTeX sets each once.
 */
const setPiece = memo(pieceOf, 2 * cacheLimit);

/** The markup of a formula, from its pieces' with the spacing TeX gives where one piece meets the next. */
const setFormula = memo(
  (latex: string) =>
    // The segments of a line are apart by a space already.
    breakPieces(latex)
      .map(setPiece)
      .join('')
      .replace(beforeQuestion, '<mo rspace="0em">=</mo>$1')
      .replace(leading, (mo, start: string, attributes: string) =>
        attributes.includes('lspace') ? mo : `${start}<mo${attributes} lspace="0em">`,
      )
      .replace(trailing, (mo, attributes: string, symbol: string, end: string) =>
        attributes.includes('rspace') ? mo : `<mo${attributes} rspace="0em">${symbol}</mo>${end}`,
      ),
  cacheLimit,
);

/** True when the formula is set already (typesetting it again costs nothing). */
export const isTypeset = (latex: string): boolean => setFormula.has(latex);

/**
 * The markup of a LaTeX string of src/formulas: its pieces (see breakPieces) one after the other, so that a line too
 * long for the card goes on to the next after a relation or between words; the card and the presentation caption
 * share it.
 */
export const toHtml = (latex: string): string => setFormula(latex);
