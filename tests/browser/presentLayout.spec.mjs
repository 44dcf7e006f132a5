// Presentation mode's layout in real Chromium, from step to step and from one label size to the next: the diagram
// stays where it is, its labels never shrink, and the caption strip under it keeps one height.
import assert from 'node:assert/strict';

const counter = '[data-testid="step-counter"]';

/** A page presenting the Example at `scale` (a number of presses of +, from 120%) on a screen of that size. */
async function presenting(newPage, [width, height], presses = 0) {
  const page = await newPage({ viewport: { width, height } });
  await page.goto('/');
  await page.locator(counter).waitFor();
  await page.keyboard.press('p');
  await page.locator('.app.presenting').waitFor();
  for (let n = 0; n < presses; n++) await page.keyboard.press('+');
  return page;
}

/** The screen rectangle of the first element of a selector, rounded to a pixel. */
const rectOf = (page, selector) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const { top, height, width } = element.getBoundingClientRect();
      return { top: Math.round(top), height: Math.round(height), width: Math.round(width) };
    });

export const tests = [
  {
    name: 'present: the diagram stays still from step to step, the caption strip keeping one height (fractions too)',
    async run({ newPage, screenshot }) {
      // Steps 6, 9, 11, 15 and 16 of the Example have a fraction in their caption; at 200% on a small screen the
      // caption's formula and step are longer than the strip is wide.
      for (const [size, presses] of [
        [[1920, 1080], 0],
        [[1280, 800], 0],
        [[1024, 768], 4],
      ]) {
        const page = await presenting(newPage, size, presses);
        const frames = new Set();
        for (let n = 1; n <= 16; n++) {
          const frame = await rectOf(page, '.diagram-frame');
          const caption = await rectOf(page, '[data-testid="presentation-caption"]');
          frames.add(JSON.stringify({ frame, caption }));
          await page.keyboard.press('PageDown');
        }
        assert.equal(frames.size, 1, `at ${size.join(' × ')}: ${[...frames].join(' ≠ ')}`);
        if (presses === 0) await screenshot(page, `present-still-${size[0]}`);
      }
    },
  },
];

tests.push({
  name: 'present: each size up makes the diagram’s labels larger or leaves them, never smaller (the card grows less)',
  async run({ newPage, screenshot }) {
    for (const size of [
      [1920, 1080],
      [1366, 768],
      [1024, 768],
    ]) {
      const page = await presenting(newPage, size);
      await page.locator('[data-testid="label-scale"]').waitFor();
      for (let n = 0; n < 2; n++) await page.keyboard.press('-');
      const heights = [];
      for (let n = 0; n < 7; n++) {
        // The labels grow in a transition: read them once it is over.
        await page.waitForTimeout(400);
        const title = await rectOf(page, '.diagram-frame .column-title');
        const value = await rectOf(page, '.diagram-frame [data-id="N:1:1"] .neuron-value');
        heights.push([await page.getByTestId('label-scale').innerText(), title.height, value.height]);
        await page.keyboard.press('+');
      }
      heights.slice(1).forEach(([scale, title, value], n) => {
        const [, titleBefore, valueBefore] = heights[n] ?? [];
        assert.ok(
          title >= titleBefore && value >= valueBefore,
          `at ${size.join(' × ')}, ${scale}: ${JSON.stringify(heights)}`,
        );
      });
      if (size[0] === 1920) await screenshot(page, 'present-largest-1920');
    }
  },
});
