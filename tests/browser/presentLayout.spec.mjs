// Presentation mode's layout in real Chromium, from step to step and from one label size to the next: the diagram
// stays where it is, its labels never shrink, and the caption strip under it keeps one height.
import assert from 'node:assert/strict';
import { eventually, settled } from './eventually.mjs';

const counter = '[data-testid="step-counter"]';

/**
 * A page presenting the Example (or a preset) at `scale` (a number of presses of +, from 120%) on a screen of that
 * size; other options go to newPage.
 */
async function presenting(newPage, [width, height], presses = 0, { preset, ...options } = {}) {
  const page = await newPage({ viewport: { width, height }, ...options });
  await page.goto('/');
  await page.locator(counter).waitFor();
  if (preset) await page.locator('select').first().selectOption(preset);
  await page.keyboard.press('p');
  await page.locator('.app.presenting').waitFor();
  for (let n = 0; n < presses; n++) await page.keyboard.press('+');
  // The presenter's controls and the caption come with their chunk: the layout settles once they are drawn.
  await page.getByRole('button', { name: 'Exit presentation' }).waitFor();
  await stayPut(page);
  return page;
}

/** Goes on to `step` (1-based) with `key`, unless it is the first, and waits until the counter says so. */
async function stepTo(page, step, key) {
  if (step > 1) await page.keyboard.press(key);
  await page.waitForFunction(
    (step) => document.querySelector('[data-testid="step-counter"] strong')?.textContent === String(step),
    step,
  );
}

/** Waits until the diagram's frame and the caption strip stay where they are over a few frames (at most 3 s). */
async function stayPut(page) {
  let last = '';
  for (let n = 0; n < 30; n++) {
    const now = JSON.stringify(
      await page.evaluate(() =>
        ['.diagram-frame', '[data-testid="presentation-caption"]'].map((selector) => {
          const box = document.querySelector(selector)?.getBoundingClientRect();
          return box ? [box.top, box.height, box.width] : null;
        }),
      ),
    );
    if (now === last) return;
    last = now;
    await page.waitForTimeout(100);
  }
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
        await settled(page);
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

/** The screen rectangles of the elements of a selector that are drawn, with their text and half their stroke. */
const rectsOf = (page, selector) =>
  page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)]
        .filter((element) => getComputedStyle(element).display !== 'none')
        .map((element) => {
          const { left, right, top, bottom } = element.getBoundingClientRect();
          const stroke = parseFloat(getComputedStyle(element).strokeWidth) || 0;
          const half = ((element.getScreenCTM?.()?.a ?? 1) * stroke) / 2;
          return { left, right, top, bottom, half, text: element.textContent };
        }),
    selector,
  );

tests.push({
  name: 'present: at 200% on a small screen, the column titles stay whole over their band, and ReLU clears its arrow',
  async run({ newPage, screenshot }) {
    for (const size of [
      [1366, 768],
      [1024, 768],
    ]) {
      const page = await presenting(newPage, size, 4);
      assert.equal(await page.getByTestId('label-scale').innerText(), '200%');
      for (let n = 0; n < 8; n++) await page.keyboard.press('PageDown');
      // The view glides to the step (450 ms) and the labels grow in a transition.
      await settled(page);
      const at = `at ${size.join(' × ')}`;
      const [frame] = await rectsOf(page, '.diagram-frame');
      const [band] = await rectsOf(page, '.diagram-frame .titles-band');
      const titles = await rectsOf(page, '.diagram-frame .column-title');
      const symbols = await rectsOf(page, '.diagram-frame .column-symbols');
      for (const title of titles) assert.ok(title.top >= (frame?.top ?? 0), `${at}, "${title.text}" is cut`);
      // Where the titles stick at the top of the view, their band holds them and its bottom rule clears the symbols.
      if (band) {
        for (const title of titles) assert.ok(title.top >= band.top, `${at}, "${title.text}" over the band`);
        for (const line of symbols)
          assert.ok(line.bottom <= band.bottom, `${at}, the band's rule through "${line.text}"`);
      }
      // "ReLU" grows upwards, away from the arrow under it and the red path over that (and their strokes).
      const relu = (await rectsOf(page, '.diagram-frame .edge-label')).find((label) => label.text === 'ReLU');
      const arrows = await rectsOf(page, '.diagram-frame :is(.edge-activation .edge-line, .path-line)');
      const under = arrows.filter((line) => line.left < (relu?.right ?? 0) && (relu?.left ?? 0) < line.right);
      assert.ok(relu && under.length > 0, `${at}, ReLU and its arrow are drawn`);
      for (const line of under) assert.ok(relu.bottom <= line.top - line.half, `${at}, ReLU on its arrow`);
      await screenshot(page, `present-200-titles-${size[0]}`);
    }
  },
});

tests.push({
  name: 'present: at 200%, the boxes of every step and the Loss stay whole and clear of the column titles stuck at the top of the view',
  async run({ newPage, screenshot }) {
    // On 1024 × 768 these networks are too small to read whole: the view follows the step, the titles stick.
    let stuck = 0;
    let lossSteps = 0;
    for (const preset of ['activation', 'deep']) {
      const page = await presenting(newPage, [1024, 768], 4, { preset, reducedMotion: 'reduce' });
      assert.equal(await page.getByTestId('label-scale').innerText(), '200%');
      const count = Number((await page.locator(counter).innerText()).match(/\/\s*(\d+)/)?.[1]);
      for (let step = 1; step <= count; step++) {
        await stepTo(page, step, 'PageDown');
        await page.evaluate(
          () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
        );
        // The titles' band is drawn while they stick at the top of the view.
        const [band] = await rectsOf(page, '.diagram-frame .titles-band');
        const [frame] = await rectsOf(page, '.diagram-frame');
        const under = band ? band.bottom - 0.5 : frame.top;
        if (band) stuck++;
        // The Loss's title, and the label of the arrow from the last output (δ⁴₂ and its value), clear of the band.
        const lossParts = await rectsOf(
          page,
          '.diagram-frame :is([data-testid="loss-path"]:nth-last-child(1 of [data-testid="loss-path"]) text, .loss-title)',
        );
        for (const part of lossParts)
          assert.ok(part.top >= under, `${preset}, step ${step}: "${part.text}" under the titles`);
        // Each box the step is about is whole in the frame, clear of the band.
        for (const box of await rectsOf(page, '.diagram-frame .neuron.is-active .neuron-box')) {
          const at = `${preset}, step ${step}: a box`;
          assert.ok(box.top - box.half >= under, `${at} ${under - box.top}px under the titles`);
          assert.ok(box.bottom + box.half <= frame.bottom + 0.5, `${at} cut at the bottom`);
          assert.ok(box.left >= frame.left && box.right <= frame.right, `${at} cut at a side`);
        }
        // At the Loss step, the Loss box is whole in the frame too, as large as presenting grows it.
        for (const box of await rectsOf(page, '.diagram-frame .loss.is-active .loss-box')) {
          lossSteps++;
          const at = `${preset}, step ${step}: the Loss box`;
          assert.ok(box.top - box.half >= under, `${at} ${under - box.top}px under the titles`);
          assert.ok(box.bottom + box.half <= frame.bottom + 0.5, `${at} cut at the bottom`);
        }
      }
      await screenshot(page, `present-200-stuck-titles-${preset}`);
    }
    // The view followed the steps down: the titles stuck at the top of it.
    assert.ok(stuck > 0, 'the titles never stuck');
    assert.equal(lossSteps, 2, 'one Loss step in each network');
  },
});

tests.push({
  name: 'present: at 140% to 200%, the labels of the Loss’s arrows stand one above the other, never over each other',
  async run({ newPage, screenshot }) {
    for (const presses of [1, 2, 4]) {
      const page = await newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto('/');
      // The Linear layer's network has two outputs: the loss step draws an arrow from the Loss to each.
      await page.getByTestId('preset-picker').selectOption('linear');
      await page.locator(counter).click();
      await page.keyboard.press('p');
      await page.locator('.app.presenting').waitFor();
      for (let n = 0; n < presses; n++) await page.keyboard.press('+');
      await page.keyboard.press(']');
      await page.locator('[data-testid="loss-path"]').nth(1).waitFor();
      // The labels grow in a transition.
      await settled(page);
      const scale = await page.getByTestId('label-scale').innerText();
      const lines = await rectsOf(page, '[data-testid="loss-path"] :is(.path-label, .path-product)');
      assert.equal(lines.length, 4, `at ${scale}, each arrow has its symbol and its value`);
      const sorted = [...lines].sort((a, b) => a.top - b.top);
      sorted.slice(1).forEach((line, n) => {
        const above = sorted[n];
        assert.ok(above.bottom <= line.top + 1, `at ${scale}, "${above.text}" runs into "${line.text}"`);
      });
      await screenshot(page, `present-loss-labels-${scale.replace('%', '')}`);
    }
  },
});

tests.push({
  name: 'present: a formula longer than the caption strip is set smaller to fit it whole; a short one keeps its size',
  async run({ newPage, screenshot }) {
    /** The strip's and its formula's right edges, and the formula's font size over the strip's. */
    const measure = (page) =>
      page.locator('.presentation-caption-formula').evaluate((strip) => {
        const math = strip.querySelector('.caption-math');
        return {
          strip: strip.getBoundingClientRect().right,
          formula: math?.getBoundingClientRect().right ?? Infinity,
          share: parseFloat(getComputedStyle(math).fontSize) / parseFloat(getComputedStyle(strip).fontSize),
        };
      });
    // The update's last line, "ŵ²,¹₃ = 0.000172414 − 10⁻⁷ ∗ 0 = 0.000172414", at 200% on a small screen.
    const small = await presenting(newPage, [1366, 768], 4);
    await small.keyboard.press('End');
    await small.locator('.presentation-caption-formula .caption-math math').first().waitFor();
    const long = await measure(small);
    assert.ok(long.formula <= long.strip, `the formula ends at ${long.formula}, the strip at ${long.strip}`);
    assert.ok(long.share < 1 && long.share >= 0.6, `set at ${long.share} of its size`);
    await screenshot(small, 'present-caption-fit');
    // The first step's "o¹₁ = data₁ = 100" fits at full size.
    await small.keyboard.press('Home');
    await eventually(
      () => measure(small),
      (short) => assert.equal(short.share, 1),
      'the first step is set at full size',
    );
  },
});

tests.push({
  name: 'present: a formula too long for the strip at 60% of its size is said shorter, its result kept, never cut',
  timeout: 90_000,
  async run({ newPage, screenshot }) {
    // The Activation layer at 200% on 1024 × 768: the strip is half the screen wide.
    const page = await presenting(newPage, [1024, 768], 4, { preset: 'activation' });
    const strip = page.locator('.presentation-caption-formula');
    let shortened = 0;
    for (;;) {
      await strip.locator('.caption-math math').first().waitFor();
      const shown = await strip.evaluate((element) => ({
        over: element.scrollWidth - element.clientWidth,
        text: element.textContent,
        boxed: element.querySelectorAll('.math-boxed').length,
      }));
      const at = await page.locator(counter).innerText();
      assert.ok(shown.over <= 1, `at ${at}, the formula runs ${shown.over}px past the strip: ${shown.text}`);
      if (shown.text.includes('⋯') && shown.boxed > 0) shortened++;
      if (/Loss · loss/.test(await page.locator('.presentation-caption-step').innerText())) {
        // "δ⁴₂ = ⋯ = o³₂ − y^truth₂ = 2.5 − 2 = 0.5": the goal's fraction skipped, the result kept.
        assert.match(shown.text, /⋯/);
        assert.equal(shown.boxed, 1);
        await screenshot(page, 'present-caption-shortened');
        break;
      }
      await page.keyboard.press('ArrowRight');
      await settled(page);
    }
    assert.ok(shortened > 0);
    // Made wider, the strip holds the whole formula again.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await eventually(
      () => strip.innerText(),
      (text) => assert.doesNotMatch(text, /⋯/),
      'the wider strip holds the whole formula',
    );
  },
});

tests.push({
  name: 'present: at 200% on 1366 × 768, the step’s line of the caption is set smaller to fit its strip, never cut, the strip as tall at every step',
  timeout: 90_000,
  async run({ newPage, screenshot }) {
    const page = await presenting(newPage, [1366, 768], 5);
    assert.equal(await page.getByTestId('label-scale').innerText(), '200%');
    const line = page.locator('.presentation-caption-step > span');
    const heights = new Set();
    let smaller = 0;
    for (let step = 1; step <= 58; step++) {
      await stepTo(page, step, 'PageDown');
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      const shown = await line.evaluate((span) => ({
        cut: span.scrollWidth - span.clientWidth,
        text: span.textContent,
        size:
          parseFloat(getComputedStyle(span).fontSize) /
          parseFloat(getComputedStyle(span.parentElement).fontSize),
        strip: span.closest('[data-testid="presentation-caption"]').getBoundingClientRect().height,
      }));
      assert.ok(shown.cut <= 1, `step ${step}: "${shown.text}" is cut by ${shown.cut}px`);
      if (shown.size < 0.99) smaller++;
      heights.add(Math.round(shown.strip));
      if (step === 6) await screenshot(page, 'present-200-step-line');
    }
    assert.ok(smaller > 0, 'some step’s line is too long for the strip at full size');
    assert.equal(heights.size, 1, `the strip's heights: ${[...heights].join(', ')}`);
  },
});

tests.push({
  name: 'present: on a 1024 × 640 laptop, the heading keeps to one row and the legend is left out, so the drawing has 40% of the screen',
  async run({ newPage, screenshot }) {
    const page = await presenting(newPage, [1024, 640]);
    const brand = await page.locator('.brand').boundingBox();
    const exit = await page.getByRole('button', { name: 'Exit presentation' }).boundingBox();
    const middle = exit.y + exit.height / 2;
    assert.ok(
      middle > brand.y && middle < brand.y + brand.height,
      'the presenter’s buttons sit beside the title',
    );
    assert.equal(await page.locator('.diagram-legend').isVisible(), false, 'no legend');
    const drawing = await rectOf(page, '.diagram-frame');
    assert.ok(drawing.height >= 0.4 * 640, `the drawing is ${drawing.height}px tall`);
    await screenshot(page, 'present-1024x640');

    // A taller screen has room for the legend.
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.locator('.diagram-legend').waitFor();
  },
});

tests.push({
  name: 'present: at 200% on 1920 × 1080 and 1280 × 800, on the deeper network, a lone red path’s label keeps off the neuron boxes and column titles (δw⁶,¹₁ ran into X⁷₁)',
  timeout: 150_000,
  async run({ newPage, screenshot }) {
    const covered = [];
    for (const size of [
      [1920, 1080],
      [1280, 800],
    ]) {
      const page = await presenting(newPage, size, 5, { preset: 'deep' });
      assert.equal(await page.getByTestId('label-scale').innerText(), '200%');
      const count = Number((await page.locator(counter).innerText()).split('/')[1]);
      let lone = 0;
      for (let step = 1; step <= count; step++) {
        await stepTo(page, step, 'ArrowRight');
        // Read once the view has glided to the step: the column titles stick to the frame's top as it moves.
        await settled(page);
        const found = await page.evaluate(() => {
          const paths = document.querySelectorAll(
            '[data-testid="impact-path"], [data-testid="question-arrow"]',
          );
          if (paths.length !== 1) return null;
          const boxes = [...document.querySelectorAll('.neuron-box, .column-titles text')].map((box) =>
            box.getBoundingClientRect(),
          );
          // The path's label that shows: a "?" arrow holds its own, an impact path's is drawn apart, over every line.
          const texts = [
            ...document.querySelectorAll(
              ':is([data-testid="question-arrow"], .impact-label:not(.is-collapsed)) :is(.path-label, .path-product)',
            ),
          ];
          // Text boxes reach a little past the ink: 3px of a box's border under one is no overlap.
          return texts.flatMap((text) => {
            const drawn = text.getBoundingClientRect();
            const shared = boxes
              .map((box) => [
                Math.min(drawn.right, box.right) - Math.max(drawn.left, box.left),
                Math.min(drawn.bottom, box.bottom) - Math.max(drawn.top, box.top),
              ])
              .filter(([across, down]) => across > 3 && down > 3);
            return shared.map(
              ([across, down]) => `${text.textContent} (${Math.round(across)} × ${Math.round(down)})`,
            );
          });
        });
        if (found === null) continue;
        lone++;
        if (found.length > 0) covered.push(`${size.join(' × ')}, step ${step}: ${found.join(', ')}`);
        if (step === 36) await screenshot(page, `present-200-deep-dw-${size[0]}`);
      }
      assert.ok(lone >= 30, `${lone} steps have one red path`);
      await page.close();
    }
    assert.deepEqual(covered, []);
  },
});
