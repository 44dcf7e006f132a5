// @vitest-environment jsdom
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { examplePreset } from '../../src/presets';
import { frame, framesOf } from './helpers';

/**
 * The pieces of a formula between the places where a browser may break it when it is too long for the card: KaTeX
 * sets each piece of its top level, up to a relation or a binary operator, in a box of its own.
 */
function pieces(latex: string): string[] {
  const host = document.createElement('div');
  host.innerHTML = katex.renderToString(latex, { output: 'html', trust: false });
  return [...host.querySelectorAll('.katex-html > .base')].map((base) => base.textContent.trim());
}

describe('where the loss step’s δ line may break', () => {
  it.each([2, 'batch'] as const)('only after an "=", never inside a difference (%s)', (selection) => {
    const { card } = frame(framesOf(examplePreset.model, selection, 'detailed'), 'e0:loss');
    const delta = card.lines.find((line) => line.id === 'loss:delta:0');
    const parts = pieces(delta?.latex ?? '');
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts.slice(0, -1)) expect(part).toMatch(/=$/);
  });
});
