import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toHtml } from '../../../src/components/card/typeset';
import { codePointsOf, topAccentShift } from '../../helpers/woff2';
import { everyFormula } from './formulas';

/** The card's math font, cut down by scripts/mathfont.sh, and the code points it has glyphs for. */
const file = readFileSync(new URL('../../../src/components/card/fonts/stix-two-math.woff2', import.meta.url));
const font = codePointsOf(file);

/** The card's math styles. */
const css = readFileSync(new URL('../../../src/components/card/math.css', import.meta.url), 'utf8');

/** A text with the markup's character references read. */
const decoded = (text: string): string =>
  text
    .replace(/&#(\d+);/g, (_all, code: string) => String.fromCodePoint(Number(code)))
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&');

/**
 * The letter a browser draws for a one-letter <mi> (MathML's math-auto text transform): the mathematical italic of a
 * Latin or Greek letter (ℎ for h, ∂ italic), the character itself otherwise.
 */
function italic(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const shifted = (from: number, to: number) => String.fromCodePoint(to + code - from);
  if (char === 'h') return '\u210e';
  if (char >= 'A' && char <= 'Z') return shifted(0x41, 0x1d434);
  if (char >= 'a' && char <= 'z') return shifted(0x61, 0x1d44e);
  if (code >= 0x391 && code <= 0x3a9) return shifted(0x391, 0x1d6e2);
  if (code >= 0x3b1 && code <= 0x3c9) return shifted(0x3b1, 0x1d6fc);
  if (char === '∂') return '\u{1d715}';
  return char;
}

/** Every character the card draws: its MathML's tokens as the browser transforms them, and its words. */
function charactersOf(markup: string): Set<string> {
  const drawn = new Set<string>();
  for (const [, tag, attributes = '', text = ''] of markup.matchAll(
    /<(mi|mn|mo|mtext)([^>]*)>([^<]*)<\/\1>/g,
  )) {
    const chars = [...decoded(text)];
    const auto = tag === 'mi' && chars.length === 1 && !attributes.includes('mathvariant');
    for (const char of chars) drawn.add(auto ? italic(char) : char);
  }
  const words = decoded(markup.replace(/<math[\s\S]*?<\/math>/g, '').replace(/<[^>]*>/g, ''));
  for (const char of words) drawn.add(char);
  return drawn;
}

describe('the card’s math font', () => {
  it('has a glyph for every character the card’s formulas draw, so that none falls back to another font', () => {
    const drawn = charactersOf(everyFormula.map(toHtml).join(''));
    // Letters, digits, operators, the italic letters of symbols and the words: a few dozen in all.
    expect(drawn.size).toBeGreaterThan(60);
    expect(drawn).toContain('\u{1d6ff}'); // δ, italic
    const missing = [...drawn].filter((char) => char.trim() !== '' && !font.has(char.codePointAt(0) ?? 0));
    expect(missing.map((char) => `U+${(char.codePointAt(0) ?? 0).toString(16)} ${char}`)).toEqual([]);
  });

  it('keeps the spaces KaTeX writes for \\, and \\; (the thin space of 2 000)', () => {
    const spaces = [...charactersOf(toHtml('2\\,000 \\; x'))].filter((char) => char.trim() === '');
    expect(spaces.length).toBeGreaterThan(0);
    for (const space of spaces)
      expect(font.has(space.codePointAt(0) ?? 0), `U+${space.codePointAt(0)?.toString(16)}`).toBe(true);
  });

  it('moves \\hat’s accent over every letter it is set on to where the font attaches it', () => {
    const letters = new Set(
      [
        ...everyFormula
          .map(toHtml)
          .join('')
          .matchAll(/class="math-hat math-hat-([a-zA-Z])"/g),
      ].map(([, letter = '']) => letter),
    );
    // ŵ in every update, b̂ in the updates of a layer with biases.
    expect([...letters].sort()).toEqual(['b', 'w']);
    for (const letter of letters) {
      const rule = new RegExp(`\\.math-hat-${letter} \\{[^}]*\\sleft: (-?[\\d.]+)em;`).exec(css);
      expect(rule, `.math-hat-${letter}`).not.toBeNull();
      const shift = topAccentShift(file, italic(letter).codePointAt(0) ?? 0);
      // Well right of the centre on an italic letter (the italic w's attachment: 440 of its 727 units).
      expect(shift).toBeGreaterThan(0.05);
      expect(Number(rule?.[1])).toBeCloseTo(shift, 2);
    }
  });
});
