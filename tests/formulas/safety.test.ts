import { describe, expect, it } from 'vitest';
import { toHtml } from '../../src/components/card/typeset';
import type { Model } from '../../src/engine';
import { narrate, stepCaption } from '../../src/formulas';
import { examplePreset, presets } from '../../src/presets';
import { allFrames, latexOf } from './helpers';

const hostileTitles = [
  '\\href{javascript:alert(1)}{x}',
  '<img src=x onerror=alert(1)>',
  '$\\url{javascript:alert(2)}$ \\htmlClass{x}{y}',
];

describe.each(hostileTitles)('a model titled %s', (title) => {
  const models: Model[] = presets.map((preset) => ({ ...preset.model, title }));

  it('never puts its title, or any part of it, into the LaTeX, titles, captions or narration', () => {
    for (const model of models) {
      for (const { step, card, iteration } of allFrames(model)) {
        const printed = [
          ...latexOf(card),
          card.title,
          stepCaption(model, iteration.passes[step.element], step),
          narrate(model, iteration, step),
        ];
        for (const text of printed) {
          expect(text).not.toContain(title);
          expect(text).not.toMatch(/href|url|javascript|onerror|<img|htmlClass/i);
        }
      }
    }
  }, 30_000); // every step of every preset: seconds on a busy machine

  it('is set as markup without links or event handlers (what the card and the caption put in the page)', () => {
    const model = { ...examplePreset.model, title };
    for (const latex of new Set(allFrames(model).flatMap(({ card }) => latexOf(card))))
      expect(toHtml(latex)).not.toMatch(/<a\s|href|javascript:|\son[a-z]+=|<img|<script|\sstyle=/i);
  });
});
