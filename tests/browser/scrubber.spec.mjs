// The scrubber's phase runs as Chromium draws them: every label shown is whole and clear of its neighbours, and with a
// batch each element's forward run names its element (x¹, x²…), however narrow the run, at every page width.
import assert from 'node:assert/strict';
import { settled } from './eventually.mjs';

/** The text each phase run shows: its words, where they are drawn, and whether its run cuts them. */
const drawnLabels = (page) =>
  page.locator('.phase-marker-label').evaluateAll((labels) =>
    labels.flatMap((label) => {
      const clip = label.getBoundingClientRect();
      const clips = getComputedStyle(label).overflow !== 'visible';
      return [...label.children]
        .filter((text) => getComputedStyle(text).display !== 'none')
        .map((text) => {
          const range = document.createRange();
          range.selectNodeContents(text);
          const { left, right } = range.getBoundingClientRect();
          return {
            text: text.textContent,
            left,
            right,
            cut: clips && (left < clip.left - 0.5 || right > clip.right + 0.5),
          };
        });
    }),
  );

/** The superscript digits of the series' element names. */
const sup = (n) => String(n).replace(/\d/g, (digit) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(digit)]);

/** Widths from a phone to a projector, with those between. */
const widths = [320, 360, 390, 480, 600, 768, 900, 1024, 1180, 1280, 1440, 1600, 1920];

/** Checks the labels at every width; `elements` is the batch size (1 for one sample). */
async function checkWidths(page, preset, elements) {
  for (const width of widths) {
    await page.setViewportSize({ width, height: 800 });
    await settled(page);
    const labels = await drawnLabels(page);
    const at = `${preset} at ${width}px`;
    assert.deepEqual(
      labels.filter((label) => label.cut).map((label) => label.text),
      [],
      `${at}: no label is cut by its run`,
    );
    const sorted = [...labels].sort((a, b) => a.left - b.left);
    sorted.slice(1).forEach((label, n) => {
      const before = sorted[n];
      assert.ok(
        label.left - before.right >= 2,
        `${at}: "${before.text}" (to ${before.right.toFixed(1)}) and "${label.text}" (from ${label.left.toFixed(1)}) keep 2px apart`,
      );
    });
    if (elements > 1) {
      const names = Array.from({ length: elements }, (_, e) => `x${sup(e + 1)}`);
      const shown = labels
        .map((label) => label.text.split(' ').at(-1))
        .filter((text) => text.startsWith('x'));
      assert.deepEqual(shown, names, `${at}: each element's forward run names it`);
    }
  }
}

export const tests = [
  {
    name: 'scrubber: with a batch, each element names its forward run, whole and clear of the runs beside it, at every width',
    timeout: 60_000,
    async run({ newPage, screenshot }) {
      const page = await newPage();
      await page.goto('/');
      for (const preset of ['linear', 'example', 'deep']) {
        await page.locator('[data-testid="preset-picker"]').selectOption(preset);
        const picker = page.locator('[data-testid="sample-picker"]');
        await picker.selectOption('batch');
        const elements = await picker.locator('option').count();
        await page.locator('.phase-marker.element-run').first().waitFor();
        await checkWidths(page, preset, elements - 1);
      }
      await page.setViewportSize({ width: 1280, height: 800 });
      await screenshot(page, 'scrubber-batch-1280');
    },
  },
  {
    name: 'scrubber: with one sample, every phase label shown is whole and clear of its neighbours, at every width',
    timeout: 60_000,
    async run({ newPage }) {
      const page = await newPage();
      await page.goto('/');
      for (const preset of ['example', 'linear', 'activation', 'deep']) {
        await page.locator('[data-testid="preset-picker"]').selectOption(preset);
        await page.locator('.phase-marker').first().waitFor();
        await checkWidths(page, preset, 1);
      }
    },
  },
];
