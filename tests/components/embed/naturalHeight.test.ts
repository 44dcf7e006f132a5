// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { naturalHeight } from '../../../src/components/embed/connect';

/** A window whose document is `html`, with each element's height from its data-height and the stage's designed height. */
function windowOf(html: string, designed: string) {
  const document = new DOMParser().parseFromString(html, 'text/html');
  for (const element of document.querySelectorAll<HTMLElement>('[data-height]'))
    element.getBoundingClientRect = () => ({ height: Number(element.dataset.height) }) as DOMRect;
  const getComputedStyle = (element: Element) => ({
    getPropertyValue: (name: string) =>
      element.classList.contains('embed-stage') && name === '--embed-stage-height' ? designed : '',
  });
  return { document, getComputedStyle } as unknown as Window & typeof globalThis;
}

describe('naturalHeight(window)', () => {
  const embed = (stage: number) =>
    `<div class="embed"><header data-height="95"></header><main class="embed-stage" data-height="${stage}">` +
    '</main><div data-height="71.5"></div></div>';

  it('counts the parts as they are and the stage at its designed height, whatever height the frame gives it', () => {
    for (const stage of [120, 352, 900])
      expect(naturalHeight(windowOf(embed(stage), '352px'))).toBe(95 + 352 + 71.5);
  });

  it('measures the heading and controls at their usual size (.is-natural), as a short frame sets them smaller', () => {
    const win = windowOf(embed(120), '352px');
    const root = win.document.querySelector('.embed');
    const header = win.document.querySelector('header');
    if (!root || !header) throw new Error('no embed');
    // The compact heading of a short frame is 42px tall; at its usual size, 95px.
    header.getBoundingClientRect = () =>
      ({ height: root.classList.contains('is-natural') ? 95 : 42 }) as DOMRect;
    expect(naturalHeight(win)).toBe(95 + 352 + 71.5);
    expect(root.classList.contains('is-natural')).toBe(false);
  });

  it("falls back on the document's height when the designed height is not a length", () => {
    const win = windowOf(embed(200), 'clamp(22rem, 44vw, 34rem)');
    win.document.documentElement.getBoundingClientRect = () => ({ height: 640 }) as DOMRect;
    expect(naturalHeight(win)).toBe(640);
  });
});
