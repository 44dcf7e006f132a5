// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { composeFrame, exportFileName, wrapText, xmlText } from '../../src/export';
import { chainRuleCard } from '../../src/formulas';
import { textWidth } from '../../src/layout';
import { examplePreset } from '../../src/presets';
import { derive } from '../../src/store';

const { iteration, timeline } = derive(examplePreset.model, 2, 'detailed');
/** δ³₁ at its "terms" stage: a card with a fresh line. */
const step = timeline.steps.find((found) => found.id === 'e0:d:3:0:terms');
if (!step) throw new Error('no step e0:d:3:0:terms');
const card = chainRuleCard(examplePreset.model, iteration, step);

const diagram =
  '<svg xmlns="http://www.w3.org/2000/svg" width="900" height="500" viewBox="0 0 900 500"><text>0, −1</text></svg>';
const parts = {
  diagram,
  diagramWidth: 900,
  diagramHeight: 500,
  title: 'The Example',
  caption: 'Backward · δ³₁ · chain-rule terms',
  card,
  position: 'step 11 of 58',
};

/** The composed frame parsed as an XML document (fails the test on a parse error). */
function parse(svg: string): Document {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  return document;
}

describe('composeFrame(parts)', () => {
  it('is a well-formed SVG document of the size it says, wider than the diagram by its margins', () => {
    const frame = composeFrame(parts);
    const root = parse(frame.svg).documentElement;
    expect(root.getAttribute('width')).toBe(String(frame.width));
    expect(root.getAttribute('height')).toBe(String(frame.height));
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${frame.width} ${frame.height}`);
    expect(frame.width).toBe(900 + 2 * 24);
    expect(frame.height).toBeGreaterThan(500);
  });

  it('holds the title, the caption with the position, the diagram, and every line of the card', () => {
    const document = parse(composeFrame(parts).svg);
    const texts = [...document.getElementsByTagName('text')].map((text) => text.textContent ?? '');
    const all = texts.join('\n');
    expect(texts[0]).toBe('The Example');
    expect(all).toContain('Backward · δ³₁ · chain-rule terms · step 11 of 58');
    expect(all).toContain('0, −1');
    expect(all).toContain(card.title);
    // The card's last line (the chain-rule term with numbers) is there, whatever the wrapping.
    const lastLine = card.lines.at(-1)?.text ?? '';
    expect(all.replace(/\s+/g, ' ')).toContain(lastLine);
    expect(lastLine).toContain('(−1) * 1 = −1');
  });

  it('escapes the title as XML text: markup in it stays text', () => {
    const frame = composeFrame({ ...parts, title: '<script>alert(1)</script> & "co"' });
    const document = parse(frame.svg);
    expect(document.getElementsByTagName('script')).toHaveLength(0);
    expect(document.getElementsByTagName('text')[0]?.textContent).toBe('<script>alert(1)</script> & "co"');
  });

  it('writes no character XML 1.0 forbids, whichever the title and the diagram hold', () => {
    const frame = composeFrame({
      ...parts,
      diagram: diagram.replace('0, −1', 'a\u0000b\u{1F600}'),
      title: 'Lecture\u000b3\u0008 \ud800x\udc00 \uffff\tend',
    });
    const document = parse(frame.svg);
    expect(document.getElementsByTagName('title')[0]?.textContent).toBe(
      'Lecture3 x \tend: Backward · δ³₁ · chain-rule terms',
    );
    expect(frame.svg).toContain('<text>ab\u{1F600}</text>');
  });

  it('draws a frame without a card (an empty dataset) with its title and diagram', () => {
    const frame = composeFrame({ ...parts, card: undefined });
    expect(frame.height).toBeLessThan(composeFrame(parts).height);
    parse(frame.svg);
  });
});

describe('wrapText(text, width, size)', () => {
  it('breaks at spaces so that no line is wider than the width, keeping every word', () => {
    const text = 'the interesting variable is X³₁, of value o²₁ = 0 and nothing else matters here';
    const lines = wrapText(text, 200, 19);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(textWidth(line, 19)).toBeLessThanOrEqual(200);
  });

  it('keeps a word longer than the width whole, on its own line', () => {
    expect(wrapText('a ∂Lossssssssssssssssssssss b', 50, 19)).toEqual([
      'a',
      '∂Lossssssssssssssssssssss',
      'b',
    ]);
  });
});

describe('xmlText(text)', () => {
  it('escapes the five XML special characters', () => {
    expect(xmlText(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
  });
});

describe('exportFileName(title, what, kind)', () => {
  it('names the file after the title, what it shows and its kind', () => {
    expect(exportFileName('The Example', 'step-12', 'svg')).toBe('The-Example-step-12.svg');
    expect(exportFileName('The Example', 'derivation', 'tex')).toBe('The-Example-derivation.tex');
    expect(exportFileName('The Example', null, 'json')).toBe('The-Example.json');
  });

  it('sanitises the title: no path separators, no reserved names, never empty', () => {
    expect(exportFileName('../../etc/passwd', 'step-1', 'png')).toBe('etc-passwd-step-1.png');
    expect(exportFileName('Café: ReLU / δ?', null, 'svg')).toBe('Cafe-ReLU-δ.svg');
    expect(exportFileName('', 'step-1', 'png')).toBe('model-step-1.png');
    expect(exportFileName('CON', null, 'tex')).toBe('CON-model.tex');
  });
});
