// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { toHtml } from '../../../src/components/card/typeset';
import { everyFormula } from './formulas';

/** The markup of a formula, parsed. */
function set(latex: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = toHtml(latex);
  return host;
}

/** The operators of a formula: each one's symbol and its spacing attributes. */
const operators = (latex: string) =>
  [...set(latex).querySelectorAll('mo')].map((mo) => ({
    symbol: mo.textContent,
    lspace: mo.getAttribute('lspace'),
    rspace: mo.getAttribute('rspace'),
  }));

/** The elements and attributes the card's markup is made of: MathML's layout elements, no links, styles or scripts. */
const elements = new Set(
  'span math mrow mstyle mi mn mo mtext mspace msub msup msubsup mfrac mover munderover mtable mtr mtd'.split(
    ' ',
  ),
);
const attributes = new Set(
  'class xmlns mathvariant stretchy separator lspace rspace accent scriptlevel displaystyle rowspacing columnalign columnspacing'.split(
    ' ',
  ),
);

describe('toHtml(latex): a formula of the card in MathML, for the browser to lay out', () => {
  it('is made of MathML layout elements only, without KaTeX’s TeX annotation, in every formula of the card', () => {
    // Read from the markup's tags (parsing 6 000 formulas in jsdom takes a minute); KaTeX escapes any "<" of a text.
    const used = { elements: new Set<string>(), attributes: new Set<string>() };
    for (const [, name = '', rest = ''] of everyFormula
      .map(toHtml)
      .join('')
      .matchAll(/<([a-z]+)([^>]*)>/g)) {
      used.elements.add(name);
      for (const [, attribute = ''] of rest.matchAll(/\s([a-z-]+)=/g)) used.attributes.add(attribute);
    }
    expect(everyFormula.length).toBeGreaterThan(1000);
    expect([...used.elements].filter((name) => !elements.has(name))).toEqual([]);
    expect([...used.attributes].filter((name) => !attributes.has(name))).toEqual([]);
  });

  it('sets each piece between two breaks as a <math> of its own, and words as text', () => {
    const host = set('a = \\frac{1}{2} + b \\text{, so }\\allowbreak\\text{it}');
    expect(host.querySelectorAll('math')).toHaveLength(3);
    expect(host.querySelector('mfrac')).not.toBeNull();
    expect([...host.querySelectorAll('.math-words')].map((words) => words.textContent)).toEqual([
      ' so ',
      'it',
    ]);
    // The comma stays with the symbols before it.
    const glued = host.querySelector('.math-glued');
    expect(glued?.querySelector('math')?.textContent).toBe('b');
    expect(glued?.textContent).toBe('b,');
  });

  it('sets each piece in display style on its <math>, without the row and style KaTeX wraps it in', () => {
    const host = set('\\delta^{3}_{1} = \\frac{1}{2} \\allowbreak = \\boxed{0.5}');
    const maths = [...host.querySelectorAll('math')];
    expect(maths.length).toBeGreaterThan(1);
    for (const math of maths) {
      expect(math.getAttribute('displaystyle')).toBe('true');
      expect(math.firstElementChild?.localName).not.toBe('mrow');
    }
    // Nothing in the card changes the style back: \frac and \boxed stay in display style, their numbers full size.
    expect(host.querySelector('mstyle')).toBeNull();
    expect(host.querySelector('.math-boxed')?.innerHTML).toBe('<mn>0.5</mn>');
  });

  it('frames a \\boxed result in a row of its own (Chromium draws no <menclose>)', () => {
    const box = set('= \\boxed{-0.5}').querySelector('.math-boxed');
    expect(box?.localName).toBe('mrow');
    expect(box?.textContent).toBe('−0.5');
    expect(set('\\boxed{1}').querySelector('menclose')).toBeNull();
  });

  it('spaces a minus after "=", "(" or a comma as a sign, and between two values as a difference', () => {
    expect(operators('{x = -0.5}')).toContainEqual({ symbol: '−', lspace: '0em', rspace: '0em' });
    expect(operators('(-1) * 2')).toContainEqual({ symbol: '−', lspace: '0em', rspace: '0em' });
    expect(operators('(1,\\; -2)')).toContainEqual({ symbol: '−', lspace: '0em', rspace: '0em' });
    expect(operators('3 - 2 = 1')).toContainEqual({ symbol: '−', lspace: null, rspace: null });
    expect(operators('(1) - 2 = 1')).toContainEqual({ symbol: '−', lspace: null, rspace: null });
  });

  it('spaces the goal’s "= ?" with its thin space only, as TeX sets a closing sign after a relation', () => {
    expect(operators('\\delta^{3}_{1} = \\,?')).toEqual([
      { symbol: '=', lspace: null, rspace: '0em' },
      { symbol: '?', lspace: '0em', rspace: '0em' },
    ]);
    // Any other relation that ends a piece keeps its space.
    expect(operators('a = b')).toEqual([{ symbol: '=', lspace: null, rspace: null }]);
  });

  it('leaves the spacing of "= ⋯ =" to its two relations, as TeX spaces the dots of a skipped computation', () => {
    expect(operators('o = \\cdots = 0')).toContainEqual({ symbol: '⋯', lspace: '0em', rspace: '0em' });
  });

  it('sets an index’s comma and the limits of Σ tight, as TeX sets scripts', () => {
    expect(operators('w^{2,1}_{3} = 1')).toEqual([
      { symbol: ',', lspace: '0em', rspace: '0em' },
      { symbol: '=', lspace: null, rspace: null },
    ]);
    expect(operators('\\sum_{j=1}^{16} x_j = 2')).toEqual([
      { symbol: '∑', lspace: null, rspace: null },
      { symbol: '=', lspace: '0em', rspace: '0em' },
      { symbol: '=', lspace: null, rspace: null },
    ]);
  });

  it('drops the space before a formula’s first operator and after its last (segments are apart by a space)', () => {
    expect(operators('= 2')).toEqual([{ symbol: '=', lspace: '0em', rspace: null }]);
    expect(operators('\\delta^{2}_{1} =')).toEqual([{ symbol: '=', lspace: null, rspace: '0em' }]);
    // Where a formula is cut, its pieces keep their spaces: "a =" then "b" read as "a = b".
    expect(operators('a = b')).toEqual([{ symbol: '=', lspace: null, rspace: null }]);
  });

  it('puts over ŵ and b̂ the modifier circumflex, of a class naming its letter (math.css places it)', () => {
    for (const letter of ['w', 'b']) {
      const accent = set(`\\hat{${letter}}`).querySelector('mover > mo');
      expect(accent?.textContent).toBe('\u02c6');
      expect(accent?.getAttribute('class')).toBe(`math-hat math-hat-${letter}`);
    }
  });

  it('writes words as text, never as markup', () => {
    expect(toHtml("\\text{it's}")).toBe('<span class="math-words">it&#39;s</span>');
  });
});
