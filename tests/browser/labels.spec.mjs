// The diagram's labels as Chromium draws them: each stays inside the box it belongs to, and the lines of one label
// clear each other, whatever the weight of the font (the projector theme's bold) and the number of outputs.
import assert from 'node:assert/strict';
import { pressUntil } from './keys.mjs';

/** The model file of a network of 8 layers of 16 neurons (Input 16, then Linear 16 and ReLU in turn), fixed weights. */
function deepModelFile() {
  const width = 16;
  const layers = [{ kind: 'input1d', size: width }];
  for (let k = 2; k <= 8; k++) {
    if (k % 2 === 1) layers.push({ kind: 'activation', size: width, activation: 'relu' });
    else {
      const weights = Array.from({ length: width }, (_, j) =>
        Array.from({ length: width }, (_, i) => (((i * 7 + j * 3 + k) % 11) - 5) / 10),
      );
      layers.push({ kind: 'linear', size: width, weights });
    }
  }
  const vector = (offset) => Array.from({ length: width }, (_, i) => ((i + offset) % 5) / 4);
  return {
    format: 'neural-structure',
    version: 1,
    title: '8 × 16',
    layers,
    loss: 'halfSquaredError',
    dataset: [{ x: vector(1), y: vector(2) }],
    learningRate: 0.01,
    batchSize: 1,
  };
}

/** The texts of the selector that run past the left or right side of their box (`box` within the same group). */
const spilling = (page, group, box, text) =>
  page.evaluate(
    ({ group, box, text }) =>
      [...document.querySelectorAll(group)].flatMap((element) => {
        const frame = element.querySelector(box)?.getBoundingClientRect();
        return [...element.querySelectorAll(text)]
          .filter((label) => {
            const drawn = label.getBoundingClientRect();
            return !frame || drawn.left < frame.left || drawn.right > frame.right;
          })
          .map((label) => label.textContent);
      }),
    { group, box, text },
  );

export const tests = [
  {
    name: 'diagram: on 8 × 16 at the Loss step, the y^truth line stays in the Loss box and each δ clears its value',
    async run({ newPage, screenshot }) {
      const page = await newPage();
      await page.addInitScript((savedModel) => {
        const view = { selection: 0, detail: 'detailed', stepIndex: 0, seed: 1, trainingMode: 'sample' };
        localStorage.setItem(
          'neural-structure/state',
          JSON.stringify({ app: 'neural-structure', version: 1, savedModel, view }),
        );
      }, deepModelFile());
      await page.goto('/');
      await page.locator('[data-testid="step-counter"]').waitFor();
      await pressUntil(page, ']', /Loss/);
      await page.locator('[data-testid="loss-path"]').nth(15).waitFor();
      assert.deepEqual(await spilling(page, '[data-testid="loss"]', '.loss-box', 'text'), []);
      // The symbol δ^9_j (its subscript the lowest part) ends above its value's top.
      const overprinted = await page.evaluate(() =>
        [...document.querySelectorAll('[data-testid="loss-path"]')].flatMap((arrow) => {
          const symbol = arrow.querySelector('.path-label')?.getBoundingClientRect();
          const value = arrow.querySelector('.path-product')?.getBoundingClientRect();
          return symbol && value && symbol.bottom > value.top ? [arrow.getAttribute('data-id')] : [];
        }),
      );
      assert.deepEqual(overprinted, []);
      await screenshot(page, 'labels-big-loss');
    },
  },
  {
    name: 'diagram: in the projector theme, the bold values stay inside their boxes (the deeper network, embedded)',
    async run({ newPage, screenshot }) {
      const page = await newPage({ viewport: { width: 800, height: 700 } });
      await page.goto('/embed.html?controls=full&theme=projector&preset=deep');
      await page.locator('[data-testid="step-counter"]').waitFor();
      await page.locator('.diagram-frame').click({ position: { x: 5, y: 5 } });
      for (let n = 0; n < 14; n++) await page.keyboard.press('ArrowRight');
      await page.locator('[data-testid="neuron"][data-state="done"]').nth(8).waitFor();
      assert.equal(
        await page
          .locator('.neuron-value')
          .first()
          .evaluate((text) => getComputedStyle(text).fontWeight),
        '700',
      );
      assert.deepEqual(await spilling(page, '[data-testid="neuron"]', '.neuron-box', '.neuron-value'), []);
      await screenshot(page, 'labels-projector-bold');
    },
  },
];
