// The diagram's labels as Chromium draws them: each stays inside the box it belongs to, and the lines of one label
// clear each other, whatever the weight of the font (the projector theme's bold) and the number of outputs.
import assert from 'node:assert/strict';
import { eventually, settled } from './eventually.mjs';
import { pressUntil } from './keys.mjs';
import { deepModelFile, saveWork } from './models.mjs';

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
      await saveWork(page, deepModelFile());
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
  {
    name: 'diagram: a δ’s red path through an Activation layer keeps its function’s name (ReLU) in view, however many neurons the layer has',
    async run({ newPage, screenshot }) {
      const page = await newPage();
      await page.goto('/');
      await page.locator('[data-testid="step-counter"]').waitFor();
      for (const preset of ['example', 'activation', 'deep']) {
        await page.locator('[data-testid="preset-picker"]').selectOption(preset);
        await page.locator('[data-testid="step-counter"]').click();
        await page.keyboard.press('Home');
        let traced = 0;
        for (let n = 0; n < 200; n++) {
          // The Activation edges a red path follows, and whether the function's name shows on each.
          const unnamed = await page.evaluate(() => {
            const shown = (element) => {
              if (getComputedStyle(element).visibility !== 'visible') return false;
              let opacity = 1;
              for (let at = element; at; at = at.parentElement)
                opacity *= Number(getComputedStyle(at).opacity);
              return opacity >= 0.6;
            };
            const names = [...document.querySelectorAll('.edge-label.is-function')].filter(shown);
            const edges = [
              ...document.querySelectorAll('[data-testid="edge-emphasis"].edge-activation.is-traced'),
            ];
            return {
              traced: edges.length,
              unnamed: edges
                .filter((edge) => {
                  const line = edge.getBoundingClientRect();
                  return !names.some((name) => {
                    const box = name.getBoundingClientRect();
                    const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
                    return x >= line.left && x <= line.right && y >= line.top - 30 && y <= line.bottom + 30;
                  });
                })
                .map((edge) => edge.getAttribute('data-id')),
            };
          });
          traced += unnamed.traced;
          const step = await page.locator('[data-testid="scrubber"]').getAttribute('aria-valuetext');
          assert.deepEqual(unnamed.unnamed, [], `${preset}, ${step}: these edges show no function's name`);
          if (preset === 'activation' && /δ³₁ · impact paths/.test(step))
            await screenshot(page, 'labels-relu-traced');
          const before = step;
          await page.keyboard.press('ArrowRight');
          const moved = await page
            .waitForFunction(
              (before) =>
                document.querySelector('[data-testid="scrubber"]')?.getAttribute('aria-valuetext') !== before,
              before,
              { timeout: 2000 },
            )
            .then(() => true)
            .catch(() => false);
          if (!moved || /^Step \d+ of \d+: Update/.test(step)) break;
        }
        assert.ok(traced > 0, `${preset}: some red path follows an Activation edge`);
      }
    },
  },
];

/** The screen rectangle of every element matching the selector. */
const rects = (page, selector) =>
  page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)].map((element) => {
        const { left, right, top, bottom } = element.getBoundingClientRect();
        return { left, right, top, bottom, text: element.textContent };
      }),
    selector,
  );

/** True when two screen rectangles share area. */
const meet = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

tests.push({
  name: 'diagram: presenting at 200%, the column titles clear their symbols and the frame, and X^4_1 clears the Loss',
  async run({ newPage, screenshot }) {
    const page = await newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto('/');
    await page.locator('[data-testid="step-counter"]').waitFor();
    await page.keyboard.press('p');
    await page.locator('.app.presenting').waitFor();
    for (let n = 0; n < 4; n++) await page.keyboard.press('+');
    assert.equal(await page.getByTestId('label-scale').innerText(), '200%');
    // The labels grow in a transition (none here, but let the frame settle).
    await settled(page);
    const titles = await rects(page, '.diagram-frame .column-title');
    const symbols = await rects(page, '.diagram-frame .column-symbols');
    titles.forEach((title, n) => {
      const under = symbols[n];
      assert.ok(under && title.bottom <= under.top, `${title.text} over ${under?.text}`);
    });
    titles
      .slice(1)
      .forEach((title, n) => assert.ok(!meet(title, titles[n]), `${title.text} meets the title before`));
    const [frame] = await rects(page, '.diagram-frame');
    assert.ok(titles[0] && frame && titles[0].left >= frame.left, `"${titles[0]?.text}" is cut at the left`);
    const [loss] = await rects(page, '.loss-box');
    const variables = await rects(page, '.diagram-frame .neuron-variable');
    assert.deepEqual(
      variables.filter((variable) => meet(variable, loss)).map((variable) => variable.text),
      [],
    );
    assert.deepEqual(await spilling(page, '[data-testid="neuron"]', '.neuron-box', '.neuron-value'), []);
    await screenshot(page, 'labels-present-200');
  },
});

tests.push({
  name: 'diagram: presenting at 120% to 200%, the symbols over a column of biases clear its first bias pill and ReLU',
  async run({ newPage, screenshot }) {
    // In a batch each symbol has the element's index: the line is wider.
    for (const [preset, selection] of [
      ['activation', '0'],
      ['activation', 'batch'],
      ['deep', '0'],
    ]) {
      const page = await newPage({ viewport: { width: 1366, height: 768 } });
      await page.goto('/');
      await page.locator('[data-testid="step-counter"]').waitFor();
      await page.locator('select').first().selectOption(preset);
      await page.locator('[data-testid="bias"]').first().waitFor();
      await page.locator('select').nth(1).selectOption(selection);
      if (selection === 'batch') await page.keyboard.press('ArrowRight');
      await page.keyboard.press('p');
      await page.locator('.app.presenting').waitFor();
      // The presenter's controls come with their chunk, and the diagram's frame takes its size once they are drawn.
      await page.getByRole('button', { name: 'Exit presentation' }).waitFor();
      for (const scale of ['120%', '140%', '160%', '180%', '200%']) {
        if (scale !== '120%') await page.keyboard.press('+');
        assert.equal(await page.getByTestId('label-scale').innerText(), scale);
        // The labels grow in a transition: the symbols must clear the pills once it has ended.
        await eventually(
          async () => {
            const symbols = await rects(page, '.diagram-frame .column-symbols');
            const pills = await rects(page, '.diagram-frame [data-testid="bias"] .bias-pill');
            // Nor do they reach the name of the function right of the box (ReLU).
            const names = await rects(page, '.diagram-frame .edge-label.is-function');
            return {
              pills,
              covered: symbols.flatMap((line) =>
                [...pills, ...names]
                  .filter((other) => meet(line, other))
                  .map((other) => `${line.text} / ${other.text}`),
              ),
            };
          },
          ({ pills, covered }) => {
            assert.ok(pills.length > 0, `${preset} has bias pills`);
            assert.deepEqual(covered, []);
          },
          `${preset} (${selection}) at ${scale}: symbols over a pill or a name`,
        );
      }
      await screenshot(page, `labels-present-200-biases-${preset}-${selection}`);
    }
  },
});

tests.push({
  name: 'diagram: at the batch update, a weight tooltip holds its four lines inside its frame with a margin',
  async run({ newPage, screenshot }) {
    const page = await newPage();
    await page.goto('/');
    await page.locator('[data-testid="step-counter"]').waitFor();
    await page.locator('select').filter({ hasText: 'the batch' }).selectOption('batch');
    await page.keyboard.press('End');
    await page.locator('.edge-linear .edge-hit').nth(1).hover({ force: true });
    const tooltip = page.getByTestId('edge-tooltip');
    await tooltip.waitFor();
    const [frame] = await rects(page, '[data-testid="edge-tooltip"] rect');
    const lines = await rects(page, '[data-testid="edge-tooltip"] text');
    assert.equal(lines.length, 4);
    // At least 4 px (the diagram's units are scaled to the screen) between every line and every side of its frame.
    const margin = 4;
    for (const line of lines) {
      assert.ok(
        frame && line.left - frame.left >= margin && frame.right - line.right >= margin,
        `${line.text}: sides`,
      );
      assert.ok(
        line.top - frame.top >= margin && frame.bottom - line.bottom >= margin,
        `${line.text}: top, bottom`,
      );
    }
    await screenshot(page, 'labels-batch-tooltip');
  },
});

/** The screen rectangles of the edge labels drawn (not hidden) in the diagram's frame. */
const shownEdgeLabels = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.diagram-frame .edge-label')]
      .filter((label) => getComputedStyle(label).visibility !== 'hidden')
      .map((label) => {
        const { left, right, top, bottom } = label.getBoundingClientRect();
        return { left, right, top, bottom, text: label.textContent };
      }),
  );

/** A page presenting `preset` with its labels at 200%. */
async function presentingAt200(newPage, preset) {
  const page = await newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto('/');
  await page.locator('[data-testid="step-counter"]').waitFor();
  if (preset) await page.locator('select').first().selectOption(preset);
  await page.keyboard.press('p');
  await page.locator('.app.presenting').waitFor();
  for (let n = 0; n < 4; n++) await page.keyboard.press('+');
  assert.equal(await page.getByTestId('label-scale').innerText(), '200%');
  return page;
}

tests.push({
  name: 'diagram: presenting at 200%, no two weight labels overlap and a red path’s symbol clears its value',
  async run({ newPage, screenshot }) {
    // The deeper network at the forward step of o^2_1: its two weights are labelled.
    const deep = await presentingAt200(newPage, 'deep');
    await pressUntil(deep, 'ArrowRight', /o²₁/);
    await settled(deep);
    const labels = await shownEdgeLabels(deep);
    assert.ok(labels.length >= 2, `${labels.length} weight labels shown`);
    labels.forEach((label, n) =>
      labels
        .slice(n + 1)
        .forEach((other) => assert.ok(!meet(label, other), `${label.text} meets ${other.text}`)),
    );
    await screenshot(deep, 'labels-present-200-deep');
    // The Example's δ^2_3 at its chain-rule term: the path's w^{2,1}_3 above its value 0.
    const example = await presentingAt200(newPage);
    await pressUntil(example, 'ArrowRight', /δ²₃ · chain-rule terms/);
    await settled(example);
    const [symbol] = await rects(example, '.diagram-frame .path-label');
    const [value] = await rects(example, '.diagram-frame .path-product');
    // Their boxes (each its font's whole height) touch as they do at 100%, within a pixel; centred, they overlapped by 16.
    assert.ok(symbol && value && symbol.bottom <= value.top + 1, `${symbol?.text} over ${value?.text}`);
  },
});

/** Defines `pixelsOf(png, box?)` in the page: the ImageData of a base64 PNG, or of a box [x, y, width, height] of it. */
const definePixelsOf = (page) =>
  page.evaluate(() => {
    window.pixelsOf = async (png, box) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const context = new OffscreenCanvas(image.width, image.height).getContext('2d');
      context.drawImage(image, 0, 0);
      return context.getImageData(...(box ?? [0, 0, image.width, image.height]));
    };
  });

/**
 * The top, bottom, left and right (CSS px from the element's box) of what is drawn darker than a mid grey in the
 * element's box on screen: the ink of a text, once what else is drawn there is hidden.
 */
async function inkOf(page, element) {
  const box = await element.boundingBox();
  const shot = await page.screenshot({ clip: box });
  await definePixelsOf(page);
  const rows = await page.evaluate(async (data) => {
    const { data: pixels, width, height } = await window.pixelsOf(data);
    let [top, bottom, left, right] = [Infinity, -Infinity, Infinity, -Infinity];
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const at = (y * width + x) * 4;
        const luminance = 0.3 * pixels[at] + 0.59 * pixels[at + 1] + 0.11 * pixels[at + 2];
        if (luminance < 90) {
          [top, bottom] = [Math.min(top, y), Math.max(bottom, y + 1)];
          [left, right] = [Math.min(left, x), Math.max(right, x + 1)];
        }
      }
    return [top, bottom, left, right].map((edge) => edge / devicePixelRatio);
  }, shot.toString('base64'));
  const [top, bottom, left, right] = rows;
  return { top, bottom, left, right, height: box.height, width: box.width };
}

tests.push({
  name: 'diagram: a bias’s symbol, scripts included, keeps clear of its pill’s border',
  async run({ newPage, screenshot }) {
    const page = await newPage({ deviceScaleFactor: 3 });
    await page.goto('/');
    await page.locator('[data-testid="step-counter"]').waitFor();
    await page.locator('select').first().selectOption('linear');
    await page.keyboard.press('End');
    await page.locator('[data-testid="bias"]').nth(1).waitFor();
    await settled(page);
    await screenshot(page, 'labels-bias-pills');
    // The pill's border hidden, what is dark in its box is the symbol (#333 on white).
    await page.addStyleTag({ content: '.bias-pill { stroke: none !important; }' });
    for (const pill of await page.locator('.diagram-frame [data-testid="bias"] .bias-pill').all()) {
      const ink = await inkOf(page, pill);
      const unit = ink.height / Number(await pill.getAttribute('height'));
      // The border is 2 units wide, centred on the pill's edge: 2 units of white inside it at least.
      assert.ok(ink.top / unit >= 3, `ink ${(ink.top / unit).toFixed(1)} units under the pill's top`);
      assert.ok(
        (ink.height - ink.bottom) / unit >= 3,
        `ink ${((ink.height - ink.bottom) / unit).toFixed(1)} over its bottom`,
      );
    }
  },
});

tests.push({
  name: 'diagram: on 8 × 16, once the view has glided close after a jump, each value is drawn at its size, not as small as in the whole picture',
  async run({ newPage, screenshot }) {
    const page = await newPage();
    await saveWork(page, deepModelFile());
    await page.goto('/');
    await page.locator('.card-math').first().waitFor();
    // The whole picture first, then the first δ of the backward pass: the view follows the step, close.
    await page.keyboard.press(']');
    await page.keyboard.press(']');
    await settled(page);
    for (let n = 0; n < 3; n++) await page.keyboard.press('ArrowRight');
    await settled(page);
    const involved = await page.locator('.diagram-frame .neuron.is-involved').all();
    assert.ok(involved.length >= 4, `${involved.length} boxes the step is about`);
    for (const neuron of involved.slice(0, 4)) {
      // Inside the box's border, the value's ink (black on blue) spans about the box of its text as laid out.
      const value = neuron.locator('.neuron-value');
      const text = await value.textContent();
      const ink = await inkOf(page, value);
      const wide = (ink.right - ink.left) / ink.width;
      assert.ok(
        wide > 0.8,
        `"${text}" is drawn ${Math.round(100 * wide)}% as wide as its box of ${Math.round(ink.width)}px`,
      );
    }
    await screenshot(page, 'labels-deep-values-close');
  },
});

/**
 * How far the diagram's frame on screen differs from the same frame drawn afresh at the view's scale (the view's
 * layer let go): the mean difference of the red channel, 0 to 255, over the frame's pixels.
 */
async function blurOf(page) {
  const frame = await page.locator('.diagram-frame').boundingBox();
  // The page's own frame as the compositor shows it (a clipped screenshot would draw it afresh).
  const shown = await page.screenshot();
  await page.addStyleTag({ content: '.diagram-viewport { will-change: auto !important; }' });
  await settled(page);
  const fresh = await page.screenshot();
  const box = [frame.x, frame.y, frame.width, frame.height].map(Math.round);
  await definePixelsOf(page);
  return page.evaluate(
    async ([images, box]) => {
      const pixels = await Promise.all(images.map(async (png) => (await window.pixelsOf(png, box)).data));
      let sum = 0;
      for (let at = 0; at < pixels[0].length; at += 4) sum += Math.abs(pixels[0][at] - pixels[1][at]);
      return sum / (pixels[0].length / 4);
    },
    [[shown, fresh].map((image) => image.toString('base64')), box],
  );
}

tests.push({
  name: 'diagram: zoomed in with the wheel, or moved by fast steps, the drawing is as sharp as drawn afresh at its scale',
  async run({ newPage, screenshot }) {
    const example = await newPage();
    await example.goto('/');
    await example.locator('.card-math').first().waitFor();
    for (let n = 0; n < 19; n++) await example.keyboard.press('ArrowRight');
    await settled(example);
    const frame = await example.locator('.diagram-frame').boundingBox();
    await example.mouse.move(frame.x + 270, frame.y + 310);
    for (let turn = 0; turn < 6; turn++) await example.mouse.wheel(0, -200);
    // d3-zoom ends the gesture 150 ms after the last turn of the wheel.
    await example.locator('.diagram-frame:not(.is-interacting)').waitFor();
    await settled(example);
    await screenshot(example, 'labels-wheel-zoomed-in');
    const zoomed = await blurOf(example);
    assert.ok(
      zoomed < 0.5,
      `zoomed in, the frame differs by ${zoomed.toFixed(2)} from the frame drawn afresh`,
    );
    // 8 × 16, → held down through the forward pass: the view jumps from step to step.
    const deep = await newPage();
    await saveWork(deep, deepModelFile());
    await deep.goto('/');
    await deep.locator('.card-math').first().waitFor();
    for (let n = 0; n < 40; n++) await deep.keyboard.press('ArrowRight');
    // The run of fast steps ends 150 ms after the last.
    await deep.locator('html:not([data-fast-steps])').waitFor({ state: 'attached' });
    await settled(deep);
    const moved = await blurOf(deep);
    assert.ok(
      moved < 0.5,
      `after fast steps, the frame differs by ${moved.toFixed(2)} from the frame drawn afresh`,
    );
  },
});

/**
 * The red arrows of the step shown whose own line runs through their label's text: each impact path (its label is
 * drawn apart, the nth of the labels' layer) and each goal's "?" arrow, as `kind: "id" "text"`.
 */
const crossedLabels = (page) =>
  page.evaluate(() => {
    const labels = document.querySelectorAll('.impact-label');
    const arrows = [
      ...[...document.querySelectorAll('[data-testid="impact-path"]')].map((arrow, n) => [arrow, labels[n]]),
      ...[...document.querySelectorAll('[data-testid="question-arrow"]')].map((arrow) => [arrow, arrow]),
    ];
    return arrows.flatMap(([arrow, label]) => {
      if (!label || label.classList.contains('is-collapsed')) return [];
      const line = arrow.querySelector('.path-line');
      const length = line.getTotalLength();
      const points = Array.from({ length: 200 }, (_unused, n) => line.getPointAtLength((length * n) / 199));
      return [...label.querySelectorAll('text')].flatMap((text) => {
        // The text's box in the drawing's units, a unit in from each side (a line may graze its halo).
        const { x, y, width, height } = text.getBBox();
        const inside = (point) =>
          point.x > x + 1 && point.x < x + width - 1 && point.y > y + 1 && point.y < y + height - 1;
        const kind = arrow.dataset.testid === 'question-arrow' ? 'question' : 'impact';
        return points.some(inside) ? [`${kind}: ${arrow.dataset.id} "${text.textContent}"`] : [];
      });
    });
  });

/**
 * The labels crossed by their own line on each step of the page's timeline up to `last` (all of it by default), as
 * `step n: found`; on the activation preset at 100%, a screenshot of the "?" at a top neuron (step 8).
 */
async function crossingsOf(page, { screenshot, last } = {}) {
  const crossed = [];
  const count =
    last ?? Number((await page.locator('[data-testid="step-counter"]').innerText()).split('/')[1]);
  for (let step = 1; step <= count; step++) {
    if (step > 1) await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      (step) => document.querySelector('[data-testid="step-counter"] strong')?.textContent === String(step),
      step,
    );
    for (const found of await crossedLabels(page)) crossed.push(`step ${step}: ${found}`);
    if (screenshot && step === 8) await screenshot(page, 'labels-question-top');
  }
  return crossed;
}

/**
 * Every red arrow's label that shows, at 100% and at 200%: where a fan of paths leaves a label no place clear of every
 * line, it may cross another path's line, never its own (or it shows on focus only).
 */
for (const preset of ['example', 'input', 'linear', 'activation', 'deep'])
  tests.push({
    name: `diagram: no red arrow’s own line runs through its label (${preset}), a "?" at a top neuron included, at 100% and presenting at 200%`,
    timeout: 90_000,
    async run({ newPage, screenshot }) {
      const page = await newPage();
      await page.goto('/');
      await page.locator('[data-testid="step-counter"]').waitFor();
      await page.locator('select').first().selectOption(preset);
      const crossed = (await crossingsOf(page, { screenshot: preset === 'activation' && screenshot })).map(
        (found) => `100%, ${found}`,
      );
      await page.close();
      const presenting = await presentingAt200(newPage, preset);
      crossed.push(...(await crossingsOf(presenting)).map((found) => `200%, ${found}`));
      assert.deepEqual(crossed, []);
    },
  });

/**
 * In the batch, whose labels carry the element in their scripts: on the deeper network, up to δ²₁ of element 1 and its
 * weights, where w²,²₁'s wider value left no place clear of its own line.
 */
tests.push({
  name: 'diagram: in the batch, no red arrow’s own line runs through its label (deep, element 1, to step 130)',
  timeout: 90_000,
  async run({ newPage }) {
    const page = await newPage();
    await page.goto('/');
    await page.locator('[data-testid="step-counter"]').waitFor();
    await page.locator('select').first().selectOption('deep');
    await page.locator('select').filter({ hasText: 'the batch' }).selectOption('batch');
    // The batch's timeline: 4 elements' passes, then the update.
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="step-counter"]')?.textContent?.includes('651'),
    );
    assert.deepEqual(await crossingsOf(page, { last: 130 }), []);
  },
});
