// The stepper in real Chromium: keyboard stepping through the Example, the impact path and the card of δ³₁,
// stepping back, switching the detail level, play, the help dialog, and the page layout on a laptop, two projectors
// and a phone (upright and sideways).
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { eventually, settled } from './eventually.mjs';
import { pressUntil, valueText } from './keys.mjs';

const ids = {
  counter: '[data-testid="step-counter"]',
  samplePicker: '[data-testid="sample-picker"]',
  speed: '[data-testid="speed"]',
  impactPath: '[data-testid="impact-path"]',
  neuron: (id) => `[data-testid="neuron"][data-id="${id}"]`,
  card: '[data-testid="chain-rule-card"]',
  caption: '[data-testid="step-caption"]',
};

/** Opens the app and waits for the stepper bar. */
async function openApp(newPage, options = {}) {
  const page = await newPage(options);
  const response = await page.goto('/');
  assert.ok(response?.ok(), `GET / answered ${response?.status()}`);
  await page.locator(ids.counter).waitFor();
  return page;
}

/** The step counter's text: "Step 8 / 58". */
const counterText = async (page) => (await page.locator(ids.counter).innerText()).replace(/\s+/g, ' ').trim();

/** The diagram's legend and zoom buttons are in a strip under the drawing, over none of it. */
async function assertFooterUnderDrawing(page, { wide = false } = {}) {
  const frame = await page.locator('.diagram-pane .diagram-frame').boundingBox();
  const footer = await page.locator('.diagram-pane .diagram-footer').boundingBox();
  assert.ok(frame && footer, 'the drawing and its legend are shown');
  assert.ok(
    frame.y + frame.height <= footer.y + 1,
    `the legend and the zoom buttons are under the drawing (${frame.y + frame.height} > ${footer.y})`,
  );
  if (!wide) return;
  // Beside the card, the zoom buttons sit beside the legend, not on a row of their own.
  const legend = await page.locator('.diagram-pane .diagram-legend').boundingBox();
  const zoom = await page.locator('.diagram-pane .diagram-zoom').boundingBox();
  assert.ok(
    zoom.y < legend.y + legend.height && legend.y < zoom.y + zoom.height,
    `the zoom buttons are on the legend's line (legend ${legend.y}–${legend.y + legend.height}, zoom ${zoom.y}–${zoom.y + zoom.height})`,
  );
}

/** On a phone the help button ends the brand's row and the four action buttons share one row. */
async function assertCompactToolbar(page) {
  const tops = async (selector) =>
    page
      .locator(selector)
      .evaluateAll((elements) => elements.map((e) => Math.round(e.getBoundingClientRect().top)));
  const brand = await page.locator('.brand').boundingBox();
  const help = await page.locator('[data-testid="help-button"]').boundingBox();
  assert.ok(
    help.y < brand.y + brand.height && brand.y < help.y + help.height,
    `the help button is on the brand's row (brand ${brand.y}–${brand.y + brand.height}, help ${help.y})`,
  );
  const actions = await tops('.toolbar-actions > :not(.undo-redo)');
  assert.equal(actions.length, 4, 'files, share, export and present');
  assert.equal(new Set(actions).size, 1, `the action buttons are on one row (tops ${actions.join(', ')})`);
}

/** The side panel's five tabs are on one row, whichever is chosen. */
async function assertTabsOnOneRow(page) {
  const tops = await page
    .getByRole('tab')
    .evaluateAll((tabs) => tabs.map((tab) => Math.round(tab.getBoundingClientRect().top)));
  assert.equal(new Set(tops).size, 1, `the side panel's tabs are on one row (tops ${tops.join(', ')})`);
}

/** Moves the focus off a form field to the page, as a click on plain text does. */
async function focusPage(page) {
  await page.locator(ids.counter).click();
}

/** Walks the Example's third sample (x = (0, 2000, 3000), y = 1), where o²₁ = 0 and ReLU lets δ⁴ through. */
async function selectSampleThree(page) {
  const picker = page.locator(ids.samplePicker);
  await picker.selectOption('2');
  const label = await picker.locator('option:checked').innerText();
  assert.equal(label, 'x = (0, 2000, 3000) → y = 1');
  await focusPage(page);
  assert.equal(await counterText(page), 'Step 1 / 58');
}

/** What a frame shows: the counter, the diagram's text and states, the impact paths, the caption and the card. */
function frameOf(page) {
  const { counter, impactPath, caption, card } = ids;
  const selectors = { counter, impactPath, caption, card };
  return page.evaluate((selectors) => {
    const text = (selector) =>
      document.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    return {
      counter: text(selectors.counter),
      diagram: text('.diagram-pane'),
      neurons: [...document.querySelectorAll('[data-testid="neuron"]')].map(
        (neuron) =>
          `${neuron.getAttribute('data-id')}=${neuron.getAttribute('data-state')}:${neuron.textContent}`,
      ),
      paths: [...document.querySelectorAll(selectors.impactPath)].map((path) =>
        path.getAttribute('data-term'),
      ),
      caption: text(selectors.caption),
      card: text(selectors.card),
    };
  }, selectors);
}

/** The strokes of an impact path element and its shapes, as [r, g, b, alpha]. */
function strokesOf(page) {
  return page.$$eval(ids.impactPath, (paths) =>
    paths.map((path) =>
      [path, ...path.querySelectorAll('path, line, polyline')].map((shape) => {
        const [r = 0, g = 0, b = 0, a = 1] = (getComputedStyle(shape).stroke.match(/[\d.]+/g) ?? []).map(
          Number,
        );
        return [r, g, b, a];
      }),
    ),
  );
}

const isRed = ([r, g, b, a]) => a > 0 && r >= 150 && g <= 90 && b <= 90;

export const tests = [
  {
    name: 'stepper: the keyboard walks sample 3 to δ³₁; one red impact path, then the ReLU test and −1',
    async run({ newPage, screenshot }) {
      const page = await openApp(newPage);
      await selectSampleThree(page);

      // Forward: o¹ (the data), o²₁, o³₁.
      await pressUntil(page, 'ArrowRight', /Forward .*o²₁/);
      await screenshot(page, 'stepper-forward');
      await pressUntil(page, 'ArrowRight', /^Step 6 of 58: Loss/);
      await screenshot(page, 'stepper-loss');

      // δ³₁ at the paths stage: exactly one impact path, drawn in red, from o³₁ to o²₁.
      await pressUntil(page, 'ArrowRight', /δ³₁ · impact paths/);
      assert.equal(await counterText(page), 'Step 8 / 58');
      await eventually(
        () => page.locator(ids.impactPath).count(),
        (count) => assert.equal(count, 1),
        'the δ³₁ paths step draws one impact path',
      );
      assert.equal(await page.locator(ids.impactPath).getAttribute('data-term'), '0');
      const [strokes = []] = await strokesOf(page);
      assert.ok(strokes.some(isRed), `the impact path is red (strokes: ${JSON.stringify(strokes)})`);
      await screenshot(page, 'stepper-delta3-paths');

      // The box of o²₁ holds δ³₁: still pending before the sum.
      const box = page.locator(ids.neuron('N:2:0'));
      assert.match((await box.textContent()) ?? '', /—/, 'δ³₁ is pending before its sum stage');

      // The sum: the card shows the ReLU test (≥) and the value −1, and the box shows it too.
      await pressUntil(page, 'ArrowRight', /δ³₁ · sum/);
      await eventually(
        () => page.locator(ids.card).innerText(),
        (text) => {
          assert.match(text, /≥/, 'the card shows the ReLU test o²₁ ≥ 0');
          assert.match(text, /[−-]\s?1\b/, 'the card shows δ³₁ = −1');
        },
        'the card of δ³₁ (sum)',
      );
      await eventually(
        async () => (await box.textContent()) ?? '',
        (text) => assert.match(text, /[−-]1/),
        'the box of o²₁ shows δ³₁ = −1 once summed',
      );
      await screenshot(page, 'stepper-delta3-sum');

      // The update closes the iteration.
      await page.keyboard.press('End');
      assert.match(await valueText(page), /^Step 58 of 58: Update/);
      await screenshot(page, 'stepper-update');
    },
  },
  {
    name: 'stepper: stepping back restores the previous frame',
    async run({ newPage }) {
      const page = await openApp(newPage);
      await selectSampleThree(page);
      for (const target of [/Forward .*o²₁/, /δ³₁ · impact paths/, /δ³₁ · sum/, /δ²₂ · chain-rule terms/]) {
        await pressUntil(page, 'ArrowRight', target);
        await settled(page);
        const before = await frameOf(page);
        await page.keyboard.press('ArrowRight');
        await eventually(
          () => counterText(page),
          (text) => assert.notEqual(text, before.counter),
          'the step moved forward',
        );
        await page.keyboard.press('ArrowLeft');
        await eventually(
          () => frameOf(page),
          (frame) => assert.deepEqual(frame, before),
          `stepping back to ${before.counter} shows the same frame`,
        );
      }
    },
  },
  {
    name: 'stepper: switching the detail level in the middle of δ³₁ stays on δ³₁',
    async run({ newPage }) {
      const page = await openApp(newPage);
      await selectSampleThree(page);
      await pressUntil(page, 'ArrowRight', /δ³₁ · impact paths/);
      const captionBefore = await page.locator(ids.caption).innerText();

      await page.keyboard.press('d');
      assert.ok(await page.getByRole('radio', { name: 'One step per δ' }).isChecked());
      assert.match(await valueText(page), /^Step 7 of 17: .*δ³₁/);
      const captionCompact = await page.locator(ids.caption).innerText();
      const symbol = captionBefore.match(/δ[^\s·,]*/)?.[0];
      assert.ok(symbol, `the caption names the δ: "${captionBefore}"`);
      assert.ok(captionCompact.includes(symbol), `"${captionCompact}" still names ${symbol}`);
      assert.equal(await page.locator(ids.impactPath).count(), 1, 'one step per δ draws its impact path too');

      // Back to the detailed sub-steps: the same δ, at its result.
      await page.getByRole('radio', { name: 'Detailed' }).click();
      await focusPage(page);
      assert.match(await valueText(page), /^Step 12 of 58: .*δ³₁ · sum/);
      assert.ok((await page.locator(ids.caption).innerText()).includes(symbol));
    },
  },
  {
    name: 'stepper: choosing a detail level moves nothing in the header (the chosen level is bold, and as wide as before)',
    async run({ newPage }) {
      const page = await openApp(newPage);
      // The header is measured once its fonts and the card (the math font) are in.
      await page.locator('.card-math').first().waitFor();
      await page.evaluate(() => document.fonts.ready);
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: 800 });
        /** The boxes of the header's parts: the toggle's levels, the pickers and the toolbar's buttons. */
        const boxes = () =>
          page.evaluate(() =>
            [...document.querySelectorAll('.segment, .toolbar select, .toolbar button')].map((part) => {
              const { x, y, width } = part.getBoundingClientRect();
              return [part.textContent?.trim().slice(0, 16) || part.tagName, x, y, width];
            }),
          );
        // Measured once the header has settled (a busy machine lays out the lazy parts late): the same twice.
        const detailed = await eventually(
          async () => {
            const first = JSON.stringify(await boxes());
            await page.waitForTimeout(300);
            const second = await boxes();
            return JSON.stringify(second) === first ? second : null;
          },
          (settled) => assert.ok(settled, 'the header still moves'),
          'the header settled',
        );
        await page.getByRole('radio', { name: 'One step per δ', exact: true }).click();
        assert.deepEqual(await boxes(), detailed, `at ${width}px, choosing one step per δ moved the header`);
        await page.getByRole('radio', { name: 'Detailed', exact: true }).click();
        assert.deepEqual(
          await boxes(),
          detailed,
          `at ${width}px, choosing the detailed level moved the header`,
        );
      }
    },
  },
  {
    name: 'stepper: on a tablet upright (768×1024) the diagram takes the height it needs and the card comes up under it',
    async run({ newPage, screenshot }) {
      const page = await openApp(newPage, {
        viewport: { width: 768, height: 1024 },
        isMobile: true,
        hasTouch: true,
      });
      await pressUntil(page, 'ArrowRight', /δ²₁ · impact paths/);
      const box = (selector) => page.locator(selector).first().boundingBox();
      const [pane, bar, card] = [
        await box('.diagram-pane'),
        await box('.step-controls'),
        await box('[data-testid="chain-rule-card"] .card-line'),
      ];
      assert.ok(pane && bar && card);
      assert.ok(
        pane.height <= 400,
        `the diagram pane is ${pane.height}px high, not a third of the screen empty`,
      );
      assert.ok(card.y >= pane.y + pane.height - 1, 'the card is under the diagram');
      assert.ok(
        card.y + card.height <= bar.y,
        'the first line of the card is on screen, above the stepper bar',
      );
      // Every neuron is drawn whole inside the drawing's frame.
      const frame = await box('.diagram-pane .diagram-frame');
      for (const neuron of await page.locator('[data-testid="neuron"] rect').all()) {
        const drawn = await neuron.boundingBox();
        assert.ok(drawn && frame);
        assert.ok(drawn.y >= frame.y - 1 && drawn.y + drawn.height <= frame.y + frame.height + 1);
      }
      await screenshot(page, 'stepper-layout-tablet-768');
      // A phone, where the Example is too small to read whole: the pane keeps the screen's room to follow the step.
      await page.setViewportSize({ width: 390, height: 844 });
      await eventually(
        () => box('.diagram-pane'),
        (phone) =>
          assert.ok(phone && phone.height >= 400, `the phone's diagram pane is ${phone?.height}px high`),
        'the phone keeps a tall diagram',
      );
    },
  },
  {
    name: 'stepper: the scrubber keeps its place from step 1 to step 10 (the counter does not widen)',
    async run({ newPage }) {
      const page = await openApp(newPage);
      const track = () => page.locator('[data-testid="scrubber"]').boundingBox();
      const before = await track();
      await pressUntil(page, 'ArrowRight', /^Step 10 of /);
      const after = await track();
      assert.ok(before && after, 'the scrubber is shown');
      // Within half a pixel: a digit's width and the font's "ch" differ by a rounding.
      const moved = Math.max(Math.abs(after.x - before.x), Math.abs(after.width - before.width));
      assert.ok(moved < 0.5, `the scrubber is where it was, as wide (moved ${moved}px)`);
    },
  },
  {
    name: 'stepper: after a click on the detail toggle, a picker or a tab, and on the scrubber, → and PageDown step',
    async run({ newPage }) {
      const page = await openApp(newPage);
      const compact = page.getByRole('radio', { name: 'One step per δ' });
      await compact.click();
      await page.keyboard.press('ArrowRight');
      assert.ok(await compact.isChecked(), '→ after the click did not switch the detail level back');
      assert.match(await counterText(page), /^Step 2 \/ 17$/);

      // A sample chosen with the mouse: the next keys step through it, they do not choose another sample.
      const picker = page.locator(ids.samplePicker);
      await picker.click();
      await picker.selectOption('2');
      await page.keyboard.press('Escape');
      await eventually(
        () => counterText(page),
        (text) => assert.match(text, /^Step 1 \/ 17$/),
        'a new sample starts at its first step',
      );
      await page.keyboard.press('PageDown');
      await page.keyboard.press('ArrowRight');
      assert.equal(await picker.inputValue(), '2', 'the keys did not choose another sample');
      assert.match(await counterText(page), /^Step 3 \/ 17$/);

      // A tab of the side panel clicked: → steps, it does not move to the next tab.
      await page.getByTestId('tab-values').click();
      await page.keyboard.press('ArrowRight');
      assert.equal(await page.getByTestId('tab-values').getAttribute('aria-selected'), 'true');
      assert.match(await counterText(page), /^Step 4 \/ 17$/);

      // On the scrubber a clicker's PageDown steps forward too (natively it pages a tenth of the way back).
      await page.locator('[data-testid="scrubber"]').focus();
      await page.keyboard.press('PageDown');
      assert.match(await counterText(page), /^Step 5 \/ 17$/);

      // Chosen with the keys, a picker keeps them: its arrows go on choosing.
      await picker.focus();
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      assert.equal(await picker.inputValue(), '0', 'the arrows choose in a picker reached with the keys');
    },
  },
  {
    name: 'stepper: after a click on Next, Space plays (the help says so) rather than pressing Next again; "?" types into the title',
    async run({ newPage }) {
      const page = await openApp(newPage);
      await page.getByRole('button', { name: 'Next step' }).click();
      assert.match(await counterText(page), /^Step 2 \/ 58$/);
      await page.keyboard.press(' ');
      await page.getByRole('button', { name: 'Pause' }).waitFor();
      await page.keyboard.press(' ');
      await page.getByRole('button', { name: 'Play' }).waitFor();

      // A question in the model's title: "?" is typed, the help stays closed.
      await page.getByTestId('tab-edit').click();
      const title = page.getByLabel('Title of the model');
      await title.click();
      await page.keyboard.press('End');
      await page.keyboard.type(' Why ReLU?');
      assert.equal(await title.inputValue(), 'The Example Why ReLU?');
      assert.equal(await page.getByRole('dialog').count(), 0, 'no help dialog');
    },
  },
  {
    name: 'stepper: after a click on a neuron, → steps on with its card open, and Escape closes the card',
    async run({ newPage }) {
      const page = await openApp(newPage);
      await page.locator(ids.neuron('N:1:1')).click();
      const card = page.getByTestId('neuron-card');
      await card.waitFor({ state: 'visible' });
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      assert.match(await counterText(page), /^Step 3 \/ 58$/, 'the arrows stepped');
      assert.ok(await card.isVisible(), "the neuron's card stays open while stepping");
      await page.keyboard.press('Escape');
      await card.waitFor({ state: 'hidden' });
    },
  },
  {
    name: 'stepper: play advances on its own and stops at the last step',
    async run({ newPage }) {
      const page = await openApp(newPage);
      await page.locator(ids.speed).selectOption('8');
      await focusPage(page);
      await page.keyboard.press('End');
      for (let n = 0; n < 4; n++) await page.keyboard.press('ArrowLeft');
      assert.equal(await counterText(page), 'Step 54 / 58');
      await page.keyboard.press('Space');
      assert.equal(await page.getByRole('button', { name: 'Pause' }).count(), 1);
      await eventually(
        () => counterText(page),
        (text) => assert.equal(text, 'Step 58 / 58'),
        'play reaches the last step',
      );
      await page.getByRole('button', { name: 'Play from the start' }).waitFor();
      await page.waitForTimeout(400);
      assert.equal(await counterText(page), 'Step 58 / 58', 'play stops at the last step');
      assert.equal(await page.evaluate(() => window.scrollY), 0, 'Space did not scroll the page');
    },
  },
  {
    name: 'stepper: steps faster than a fade lasts (→ held down) change the diagram at once; at a reading pace it fades',
    async run({ newPage }) {
      const page = await openApp(newPage);
      await page.locator(`${ids.card} .katex`).first().waitFor();
      await focusPage(page);
      /** Presses → and gives, a frame after, the step and whether the page is marked and the diagram fades. */
      const press = async () => {
        await page.keyboard.press('ArrowRight');
        return page.evaluate(
          () =>
            new Promise((resolve) =>
              requestAnimationFrame(() =>
                requestAnimationFrame(() =>
                  resolve({
                    step: document.querySelector('[data-testid="step-counter"]')?.textContent,
                    marked: document.documentElement.hasAttribute('data-fast-steps'),
                    fades: document
                      .getAnimations()
                      .filter((animation) => animation.effect?.target?.closest?.('.diagram')).length,
                  }),
                ),
              ),
            ),
        );
      };
      const unmarked = () =>
        eventually(
          () => page.evaluate(() => document.documentElement.hasAttribute('data-fast-steps')),
          (marked) => assert.equal(marked, false),
          'the page is no longer marked once the steps stop',
        );
      // At a reading pace, the Loss step then δ³₁'s goal: the columns the goal is not about fade.
      await pressUntil(page, 'ArrowRight', /Loss ·/);
      await unmarked();
      await page.waitForTimeout(300);
      const paced = await press();
      assert.match(paced.step, /Step 7/);
      assert.equal(paced.marked, false, 'a step at a reading pace leaves the page unmarked');
      assert.ok(paced.fades > 0, 'at a reading pace the diagram fades');
      // The same steps a few ms apart, as → held down: from the second, the diagram changes at once.
      await page.keyboard.press('Home');
      await unmarked();
      await page.waitForTimeout(300);
      for (let n = 0; n < 5; n++) await page.keyboard.press('ArrowRight');
      const fast = await press();
      assert.match(fast.step, /Step 7/);
      assert.equal(fast.marked, true, 'steps in quick succession mark the page');
      assert.equal(fast.fades, 0, 'nothing in the diagram glides or fades between quick steps');
      await unmarked();
    },
  },
  {
    name: 'stepper: ? opens the help dialog with every shortcut, Escape closes it and gives the focus back',
    async run({ newPage, screenshot }) {
      const page = await openApp(newPage);
      const helpButton = page.getByRole('button', { name: 'Keyboard shortcuts and help' });
      await page.keyboard.press('?');
      const dialog = page.getByRole('dialog', { name: 'Stepping through backpropagation' });
      await dialog.waitFor();
      assert.equal(await dialog.getAttribute('aria-modal'), 'true');
      assert.ok(
        await page
          .getByRole('button', { name: 'Close help' })
          .evaluate((el) => el === document.activeElement),
      );
      assert.ok((await dialog.getByRole('row').count()) >= 10);
      await page.keyboard.press('ArrowRight');
      assert.equal(await counterText(page), 'Step 1 / 58', 'the stepper keys wait while the help is open');
      await screenshot(page, 'stepper-help');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });

      await helpButton.click();
      await dialog.waitFor();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      assert.ok(await helpButton.evaluate((el) => el === document.activeElement), 'the focus is back on ?');
    },
  },
  {
    name: 'stepper: on a phone the help dialog fits the width of the screen, its shortcuts wrapped between keys',
    async run({ newPage, screenshot }) {
      const page = await openApp(newPage, { viewport: { width: 360, height: 640 }, isMobile: true });
      await page.keyboard.press('?');
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      const overflow = await dialog.evaluate((element) => element.scrollWidth - element.clientWidth);
      assert.ok(overflow <= 0, `the dialog scrolls sideways by ${overflow}px`);
      await screenshot(page, 'stepper-help-phone');
    },
  },
  {
    name: 'stepper: on a 320px phone no tab of the side panel widens the page, and from 360px the values fit unscrolled',
    async run({ newPage }) {
      const width = 320;
      const page = await openApp(newPage, {
        viewport: { width, height: 640 },
        isMobile: true,
        hasTouch: true,
      });
      await pressUntil(page, 'ArrowRight', /δ³₁ · impact paths/);
      for (const tab of ['step', 'edit', 'data', 'train', 'values']) {
        await page.getByTestId(`tab-${tab}`).click();
        await page.locator('[role="tabpanel"] > *').first().waitFor();
        if (tab === 'values') await page.getByTestId('values').waitFor();
        if (tab === 'data') await page.locator('.sample-table').waitFor();
        // A phone lays out a page wider than its screen and zooms it out: the page's width is the test.
        const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(
          pageWidth <= width,
          `the ${tab} tab makes the page ${pageWidth - width}px wider than the screen`,
        );
      }
      // From 360px the Example's values fit without scrolling: the index columns give their room to the values.
      await page.setViewportSize({ width: 360, height: 640 });
      await eventually(
        () => page.getByTestId('values').evaluate((values) => values.scrollWidth - values.clientWidth),
        (overflow) => assert.ok(overflow <= 0, `the values scroll sideways by ${overflow}px at 360px`),
        'the values fit a 360px phone',
      );
    },
  },
  {
    name: 'stepper: the toolbar and the stepper bar have no accessibility violations',
    async run({ newPage }) {
      const page = await openApp(newPage);
      const results = await new AxeBuilder({ page }).include('.toolbar').include('.step-controls').analyze();
      const violations = results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((node) => node.target.join(' ')).join(', ')})`,
      );
      assert.deepEqual(violations, []);
    },
  },
  {
    name: 'stepper: from 320px to 1700px wide, on the Example and the deeper network, the page never scrolls sideways and nothing covers the title',
    async run({ newPage, screenshot }) {
      const page = await openApp(newPage);
      for (const preset of ['example', 'deep']) {
        await page.locator('[data-testid="preset-picker"]').selectOption(preset);
        for (let width = 320; width <= 1700; width += 10) {
          await page.setViewportSize({ width, height: 800 });
          const layout = await page.evaluate(() => {
            const title = document.querySelector('.brand h1').getBoundingClientRect();
            const covering = [...document.querySelectorAll('.toolbar-controls > *')].filter((part) => {
              const box = part.getBoundingClientRect();
              const apart = box.right <= title.left || box.left >= title.right;
              return !apart && box.bottom > title.top && box.top < title.bottom;
            });
            return {
              overflow: document.documentElement.scrollWidth - window.innerWidth,
              covering: covering.map((part) => part.className),
            };
          });
          assert.ok(
            layout.overflow <= 0,
            `${preset} at ${width}px: ${layout.overflow}px of horizontal scrolling`,
          );
          assert.deepEqual(layout.covering, [], `${preset} at ${width}px: the title is covered`);
        }
      }
      await page.setViewportSize({ width: 560, height: 800 });
      await screenshot(page, 'stepper-layout-560');
    },
  },
  {
    name: 'stepper: on a phone each toolbar menu opens under its button and inside the screen (12px clear of its edges)',
    async run({ newPage, screenshot }) {
      const page = await openApp(newPage);
      for (const width of [320, 390, 430]) {
        await page.setViewportSize({ width, height: 800 });
        for (const [button, popover] of [
          ['file-menu', '.menu-popover'],
          ['export-menu', '.menu-popover'],
          ['share-button', '[data-testid="share-panel"]'],
        ]) {
          await page.getByTestId(button).click();
          const open = page.locator(popover).first();
          await open.waitFor();
          const [box, under] = [await open.boundingBox(), await page.getByTestId(button).boundingBox()];
          const place = `${button} at ${width}px: ${Math.round(box.x)}–${Math.round(box.x + box.width)}`;
          assert.ok(box.x >= 12 - 0.5 && box.x + box.width <= width - 12 + 0.5, `${place} is off the screen`);
          assert.ok(box.y >= under.y + under.height, `${place} is not under its button`);
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          assert.ok(overflow <= 0, `${place}: the page scrolls ${overflow}px sideways`);
          if (width === 390 && button === 'export-menu') await screenshot(page, 'stepper-export-menu-390');
          await page.keyboard.press('Escape');
          await open.waitFor({ state: 'hidden' });
        }
      }
    },
  },
  {
    name: 'stepper: the wheel zooms the deeper network out no smaller than the whole network (Reset view)',
    async run({ newPage, screenshot }) {
      const page = await openApp(newPage, { viewport: { width: 1280, height: 800 } });
      await page.locator('[data-testid="preset-picker"]').selectOption('deep');
      // At the whole network (scale 1) the drawing's layer is as wide as the frame.
      const frame = await page.locator('.diagram-frame').boundingBox();
      await page.mouse.move(frame.x + frame.width / 2, frame.y + frame.height / 2);
      for (let turn = 0; turn < 15; turn++) await page.mouse.wheel(0, 200);
      await settled(page);
      const width = await page
        .locator('.diagram-viewport')
        .evaluate((viewport) => viewport.getBoundingClientRect().width);
      assert.ok(
        width >= frame.width - 1,
        `the drawing is ${width}px wide, the whole network ${frame.width}px`,
      );
      await screenshot(page, 'stepper-wheel-out');
    },
  },
  {
    name: 'stepper: on a projector at 200% zoom (960 × 540), the side panel’s five tabs keep to one row',
    async run({ newPage, screenshot }) {
      const page = await openApp(newPage, { viewport: { width: 960, height: 540 }, deviceScaleFactor: 2 });
      await assertTabsOnOneRow(page);
      await page.getByTestId('tab-values').click();
      await assertTabsOnOneRow(page);
      await screenshot(page, 'stepper-tabs-960');
    },
  },
  ...[
    { name: 'laptop', viewport: { width: 1280, height: 800 }, wide: true },
    { name: 'projector', viewport: { width: 1920, height: 1080 }, wide: true },
    { name: 'small projector', viewport: { width: 1024, height: 768 }, wide: true },
    { name: 'phone', viewport: { width: 390, height: 844 }, wide: false },
  ].map(({ name, viewport, wide }) => ({
    name: `stepper: the page fits a ${name} screen (${viewport.width}×${viewport.height})`,
    async run({ newPage, screenshot }) {
      const page = await openApp(newPage, { viewport });
      await selectSampleThree(page);
      await pressUntil(page, 'ArrowRight', /δ³₁ · (impact paths|local)/);
      await settled(page);
      const box = async (selector) => {
        const found = await page.locator(selector).boundingBox();
        assert.ok(found, `${selector} is visible`);
        return found;
      };
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `no horizontal scrolling (${overflow}px too wide)`);
      const diagram = await box('.diagram-pane');
      const card = await box('.card-pane');
      const controls = await box('.step-controls');
      if (wide) {
        assert.ok(card.x >= diagram.x + diagram.width - 1, 'the card is on the right of the diagram');
        assert.ok(diagram.width > card.width, 'the diagram is the main pane');
      } else {
        assert.ok(card.y >= diagram.y + diagram.height - 1, 'the card is below the diagram');
        // At the top of the page the stepper bar, stuck to the bottom of the screen, hides none of the diagram.
        assert.ok(
          diagram.y + diagram.height <= controls.y + 1,
          `the diagram ends above the stepper bar (${diagram.y + diagram.height} > ${controls.y})`,
        );
      }
      await assertFooterUnderDrawing(page, { wide });
      if (viewport.width <= 520) await assertCompactToolbar(page);
      await assertTabsOnOneRow(page);
      assert.ok(controls.y + controls.height <= viewport.height + 1, 'the stepper bar is on screen');
      assert.ok(controls.y >= viewport.height / 2, 'the stepper bar is at the bottom');
      await screenshot(page, `stepper-layout-${name}`);

      // A long title a teacher typed is cut with an ellipsis in the toolbar; it never widens the page.
      await page.getByTestId('tab-edit').click();
      await assertTabsOnOneRow(page);
      const field = page.locator('input[data-path="title"]');
      await field.fill(
        'The Example of the series, as the teacher of the Tuesday class rebuilt it for the exam of the second term, with the weights the students chose',
      );
      await field.press('Enter');
      const title = page.getByTestId('model-title');
      await eventually(
        () => title.textContent(),
        (text) => assert.match(text ?? '', /Tuesday class/),
        'the toolbar shows the new title',
      );
      const widened = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(widened <= 0, `a long title makes no horizontal scrolling (${widened}px too wide)`);
      const cut = await title.evaluate((element) => element.scrollWidth > element.clientWidth);
      assert.ok(cut, 'the long title is cut (with an ellipsis) to the room it has');
      await screenshot(page, `stepper-layout-${name}-long-title`);
    },
  })),
  {
    name: 'stepper: on a phone held sideways (844×390) a step scrolls the toolbar away, so that the Loss box is over the bar; a laptop’s page stays',
    async run({ newPage, screenshot }) {
      for (const viewport of [
        { width: 844, height: 390 },
        { width: 1280, height: 800 },
      ]) {
        const page = await openApp(newPage, { viewport, isMobile: viewport.width < 900, hasTouch: true });
        await page.locator('.card-math').first().waitFor();
        await page.waitForTimeout(300);
        assert.equal(await page.evaluate(() => window.scrollY), 0, 'the page opens at its top');
        await focusPage(page);
        await pressUntil(page, 'ArrowRight', /Loss/);
        const place = () =>
          page.evaluate(() => ({
            scrolled: window.scrollY,
            loss: document.querySelector('.loss-box').getBoundingClientRect().bottom,
            bar: document.querySelector('.step-controls').getBoundingClientRect().top,
          }));
        if (viewport.width > 900) {
          await page.waitForTimeout(800);
          assert.equal((await place()).scrolled, 0, 'a page that fits stays at its top');
          continue;
        }
        await eventually(
          place,
          ({ loss, bar }) => assert.ok(loss <= bar, `the Loss box ends at ${loss}, under the bar at ${bar}`),
          'the step brings the diagram over the bar',
        );
        // Only as far as that: the diagram's frame still starts on the screen.
        const frame = await page.locator('.diagram-frame').boundingBox();
        assert.ok(frame.y >= -1, `the frame starts at ${frame.y}`);
        await screenshot(page, 'stepper-sideways-loss');
      }
    },
  },
  ...[
    { width: 844, height: 390 },
    { width: 932, height: 430 },
  ].map((viewport) => ({
    name: `stepper: a phone held sideways (${viewport.width}×${viewport.height}) shows the whole diagram above a one-row bar`,
    async run({ newPage, screenshot }) {
      const page = await openApp(newPage, { viewport, isMobile: true, hasTouch: true });
      await selectSampleThree(page);
      await pressUntil(page, 'ArrowRight', /δ³₁ · impact paths/);
      const box = (selector) => page.locator(selector).boundingBox();
      const [diagram, card] = [await box('.diagram-pane'), await box('.card-pane')];
      assert.ok(diagram && card, 'the diagram and the card are shown');
      assert.ok(
        card.y >= diagram.y + diagram.height - 1,
        'the card is below the diagram, not squeezed beside it',
      );
      const [transport, scrubber] = [
        await box('.step-controls .transport'),
        await box('.step-controls .scrubber'),
      ];
      assert.ok(transport && scrubber, 'the bar has its buttons and its scrubber');
      assert.ok(
        scrubber.y < transport.y + transport.height && transport.y < scrubber.y + scrubber.height,
        'the buttons and the scrubber share one row',
      );
      // Once the toolbar has scrolled away, the diagram fills the screen above the bar, none of it under the bar.
      await page.locator('.diagram-pane').evaluate((pane) => window.scrollTo(0, pane.offsetTop));
      await eventually(
        async () => [await box('.diagram-pane'), await box('.step-controls')],
        ([pane, controls]) => {
          assert.ok(pane && controls);
          assert.ok(Math.abs(pane.y) <= 1, `the diagram is at the top of the screen (${pane.y})`);
          assert.ok(
            pane.y + pane.height <= controls.y + 1,
            `the diagram ends above the stepper bar (${pane.y + pane.height} > ${controls.y})`,
          );
          assert.ok(
            pane.height >= viewport.height * 0.75,
            `the diagram takes most of the height (${pane.height}px)`,
          );
        },
        'the diagram scrolled to the top of the screen',
      );
      await assertFooterUnderDrawing(page);
      await screenshot(page, `stepper-layout-sideways-${viewport.width}`);
    },
  })),
  {
    name: 'stepper: a 1280 × 720 laptop at 200% zoom (640 × 360) keeps the bar to two rows (the buttons, the speed and the counter share one) and leaves the legend out, so that the drawing has most of the screen',
    async run({ newPage, screenshot }) {
      const viewport = { width: 640, height: 360 };
      const page = await openApp(newPage, { viewport, deviceScaleFactor: 2 });
      await page.locator('.card-math').first().waitFor();
      const box = (selector) => page.locator(selector).boundingBox();
      const [bar, transport, speed, counter] = [
        await box('.step-controls'),
        await box('.step-controls .transport'),
        await box(ids.speed),
        await box(ids.counter),
      ];
      assert.ok(bar && transport && speed && counter, 'the bar has its buttons, its speed and its counter');
      const middle = transport.y + transport.height / 2;
      for (const [name, part] of [
        ['the speed', speed],
        ['the counter', counter],
      ])
        assert.ok(part.y < middle && middle < part.y + part.height, `${name} is on the buttons' row`);
      assert.ok(transport.x + transport.width <= speed.x, 'the buttons end before the speed');
      assert.ok(speed.x + speed.width <= counter.x, 'the speed ends before the counter');
      assert.ok(counter.x + counter.width <= bar.x + bar.width, 'the counter is inside the bar');
      assert.equal(await page.locator('.diagram-legend').isVisible(), false, 'no legend');
      // Scrolled to the diagram, the drawing takes most of what the bar leaves.
      await page.locator('.diagram-pane').evaluate((pane) => window.scrollTo(0, pane.offsetTop));
      await eventually(
        async () => [await box('.diagram-frame'), await box('.step-controls')],
        ([frame, controls]) => {
          assert.ok(frame && controls);
          assert.ok(
            controls.height <= viewport.height * 0.3,
            `the bar takes ${controls.height}px of ${viewport.height}`,
          );
          assert.ok(frame.height >= viewport.height * 0.5, `the drawing is ${frame.height}px tall`);
        },
        'the drawing fills the screen above the bar',
      );
      await screenshot(page, 'stepper-layout-640x360');
    },
  },
];

tests.push(
  {
    name: 'stepper: the card scrolled to the lines a stage adds cuts no line in half under the tabs and the step caption that sticks under them (deeper network)',
    async run({ newPage, screenshot }) {
      const page = await newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto('/');
      await page.locator('[data-testid="step-counter"]').waitFor();
      await page.locator('.card-math').first().waitFor();
      await page.getByTestId('preset-picker').selectOption('deep');
      // δ⁴₁'s chain-rule terms: its card is taller than the pane, so the pane scrolls down to the new terms.
      await pressUntil(page, 'ArrowRight', /δ⁴₁ · chain-rule terms/, 120);
      /** The blocks of the card the tabs' bottom edge runs through, and how far the pane scrolled. */
      const cut = () =>
        page.evaluate(() => {
          const pane = document.querySelector('.card-pane');
          // The top of what shows: the tabs' bottom edge, or the step's caption's where it sticks under them.
          const tabs = document.querySelector('[role="tablist"]')?.getBoundingClientRect().bottom ?? 0;
          const caption = document.querySelector('.card-pane .step-caption-bar')?.getBoundingClientRect();
          const edge = caption && caption.top <= tabs + 1 ? caption.bottom : tabs;
          const blocks = [
            ...document.querySelectorAll('.card-pane :is(.card-title, .card-stages, .card-line)'),
          ];
          return {
            scrolled: pane?.scrollTop ?? 0,
            cut: blocks
              .filter((block) => {
                const box = block.getBoundingClientRect();
                return box.top < edge - 1 && box.bottom > edge + 1;
              })
              .map((block) => block.textContent?.slice(0, 40)),
          };
        });
      const seen = await eventually(
        cut,
        (value) => assert.ok(value.scrolled > 0, 'the pane has not scrolled'),
        'reveal',
      );
      await page.waitForTimeout(500);
      assert.deepEqual((await cut()).cut, [], `cut in half at scroll ${seen.scrolled}`);
      // The fresh lines show whole above the pane's bottom.
      const hidden = await page.evaluate(() => {
        const bottom = document.querySelector('.card-pane')?.getBoundingClientRect().bottom ?? 0;
        return [...document.querySelectorAll('.card-line.is-fresh')].filter(
          (line) => line.getBoundingClientRect().bottom > bottom,
        ).length;
      });
      assert.equal(hidden, 0);
      // The step's caption sticks under the tabs: the scrolled card still says which step it shows.
      const caption = await page.locator('.card-pane .step-caption-bar').boundingBox();
      const tabs = await page.locator('[role="tablist"]').boundingBox();
      assert.ok(
        caption && tabs && Math.abs(caption.y - (tabs.y + tabs.height)) <= 1,
        'the caption is under the tabs',
      );
      assert.match(await page.getByTestId('step-caption').innerText(), /δ⁴₁ · chain-rule terms/);
      await screenshot(page, 'stepper-card-reveal');
    },
  },
  {
    name: 'stepper: in a short window (1024 × 640) the card scrolls to the Loss step’s learning flow δ⁴₁, its result whole',
    async run({ newPage, screenshot }) {
      const page = await newPage({ viewport: { width: 1024, height: 640 } });
      await page.goto('/');
      await page.locator('.card-math').first().waitFor();
      await pressUntil(page, 'ArrowRight', /Loss/);
      const shown = () =>
        page.evaluate(() => {
          const pane = document.querySelector('.card-pane')?.getBoundingClientRect();
          const result = [...document.querySelectorAll('.card-line')].at(-1)?.getBoundingClientRect();
          const caption = document.querySelector('.card-pane .step-caption-bar')?.getBoundingClientRect();
          return {
            top: result?.top,
            bottom: result?.bottom,
            paneBottom: pane?.bottom,
            under: caption?.bottom,
          };
        });
      const line = await eventually(
        shown,
        ({ bottom, paneBottom }) =>
          assert.ok(bottom <= paneBottom, `δ⁴₁'s line ends at ${bottom}, the pane at ${paneBottom}`),
        'the pane scrolls to δ⁴₁',
      );
      assert.ok(
        line.top >= line.under - 1,
        `δ⁴₁'s line starts at ${line.top}, under the caption (${line.under})`,
      );
      assert.match(
        await page.locator('.card-line').last().innerText(),
        /δ/,
        'the last line is the learning flow',
      );
      await screenshot(page, 'stepper-card-loss-1024x640');
    },
  },
  {
    name: 'stepper: a long step caption (the update’s, on a 320px phone and presenting at 200%) breaks between its pieces, never inside its formula',
    async run({ newPage, screenshot }) {
      for (const [viewport, present] of [
        [{ width: 320, height: 640 }, false],
        [{ width: 1366, height: 768 }, true],
      ]) {
        const page = await newPage({ viewport });
        await page.goto('/');
        await page.locator('.card-math').first().waitFor();
        if (present) {
          await page.keyboard.press('p');
          await page.locator('.app.presenting').waitFor();
          for (let n = 0; n < 5; n++) await page.keyboard.press('+');
        }
        await page.keyboard.press('End');
        const caption = page.getByTestId('step-caption');
        await eventually(
          () => caption.innerText(),
          (text) => assert.match(text, /^Update/),
          'the update step',
        );
        const rows = await caption.evaluate((element) => {
          // The rows the caption's text takes, and those its formula takes.
          const tops = (node) => {
            const range = document.createRange();
            range.selectNodeContents(node);
            return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          };
          const formula = [...element.childNodes].find((node) => node.textContent.includes('='));
          return { caption: tops(element).size, formula: formula ? tops(formula).size : 0 };
        });
        const where = present ? 'presenting at 200%' : `at ${viewport.width}px`;
        assert.ok(rows.caption > 1, `${where}, the caption fits one row: this test tests nothing there`);
        assert.equal(rows.formula, 1, `${where}, the caption's formula takes ${rows.formula} rows`);
        await screenshot(page, `stepper-update-caption-${present ? 'present' : viewport.width}`);
        await page.close();
      }
    },
  },
  {
    name: 'stepper: a click on the diagram leaves “Follow step” on (the Loss box comes into view on the deeper network); a drag turns it off',
    async run({ newPage, screenshot }) {
      const page = await newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto('/');
      await page.locator('.card-math').first().waitFor();
      await page.getByTestId('preset-picker').selectOption('deep');
      const follow = page.getByRole('button', { name: 'Follow step' });
      await eventually(
        () => follow.getAttribute('aria-pressed'),
        (pressed) => assert.equal(pressed, 'true'),
        'the deeper network is followed',
      );
      // A click on the drawing's background, as a student gives the page the keys.
      const frame = await page.locator('.diagram-frame').boundingBox();
      await page.mouse.move(frame.x + 300, frame.y + frame.height - 40);
      await page.mouse.down();
      await page.mouse.move(frame.x + 301, frame.y + frame.height - 39);
      await page.mouse.up();
      assert.equal(await follow.getAttribute('aria-pressed'), 'true', 'a click turned following off');
      await pressUntil(page, 'ArrowRight', /Loss/, 40);
      await eventually(
        async () => [
          await page.locator('.loss-box').boundingBox(),
          await page.locator('.diagram-frame').boundingBox(),
        ],
        ([loss, drawn]) =>
          assert.ok(
            loss.x >= drawn.x &&
              loss.x + loss.width <= drawn.x + drawn.width &&
              loss.y + loss.height <= drawn.y + drawn.height,
            `the Loss box at ${Math.round(loss.x)}, ${Math.round(loss.y)} is out of the frame`,
          ),
        'the view follows to the Loss',
      );
      await screenshot(page, 'stepper-follow-after-click');
      // A drag pans the view: the user takes it over.
      await page.mouse.move(frame.x + 300, frame.y + 200);
      await page.mouse.down();
      await page.mouse.move(frame.x + 360, frame.y + 240, { steps: 5 });
      await page.mouse.up();
      assert.equal(await follow.getAttribute('aria-pressed'), 'false', 'a drag left following on');
    },
  },
);
