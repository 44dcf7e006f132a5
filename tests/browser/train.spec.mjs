// The Train panel in real Chromium: one epoch of the Example per sample and by batch reproduces the series'
// results on screen (weights and results tables), 1,000 epochs draw a loss curve, a long run shows its progress
// and stops, an iteration of the last run is inspected, and a learning rate too large pauses with undo.
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';

const ids = {
  counter: '[data-testid="step-counter"]',
  caption: '[data-testid="step-caption"]',
  panel: '[data-testid="train-panel"]',
  summary: '[data-testid="run-summary"]',
};

/** Opens the app on the Example and its Train tab. */
async function openTrain(newPage) {
  const page = await newPage();
  const response = await page.goto('/');
  assert.ok(response?.ok(), `GET / answered ${response?.status()}`);
  await page.locator(ids.counter).waitFor();
  await page.getByTestId('tab-train').click();
  await page.locator(ids.panel).waitFor();
  return page;
}

/** Waits until the last run is over and its summary matches. */
async function waitForRun(page, pattern) {
  await page.getByTestId('train-progress').waitFor({ state: 'detached', timeout: 20_000 });
  const summary = page.locator(ids.summary);
  await summary.waitFor();
  assert.match(await summary.innerText(), pattern);
}

/** The visible texts of the cells with a test id inside a table. */
const cellTexts = (page, table, testId) => page.getByTestId(table).getByTestId(testId).allInnerTexts();

/** Reads a number as the panel prints it: −5.862×10⁻⁵, 0.0004724, 0. */
function readNumber(text) {
  const superscripts = { '⁰': 0, '¹': 1, '²': 2, '³': 3, '⁴': 4, '⁵': 5, '⁶': 6, '⁷': 7, '⁸': 8, '⁹': 9 };
  const clean = text.trim().replace(/−/g, '-');
  const match = clean.match(/^([-+]?[\d.]+)(?:×10(⁻?)([⁰¹²³⁴⁵⁶⁷⁸⁹]+))?$/);
  assert.ok(match, `"${text}" is not a number as the panel prints them`);
  const [, mantissa, minus, digits] = match;
  const exponent = digits ? Number([...digits].map((d) => superscripts[d]).join('')) * (minus ? -1 : 1) : 0;
  return Number(mantissa) * 10 ** exponent;
}

/** Expects |actual − expected| ≤ relative · |expected| (or ≤ relative when expected is 0). */
function assertClose(actual, expected, relative, what) {
  const allowed = relative * Math.max(Math.abs(expected), expected === 0 ? 1 : 0);
  assert.ok(
    Math.abs(actual - expected) <= allowed,
    `${what}: ${actual} is not within ${allowed} of ${expected}`,
  );
}

/** w^2 after one epoch of the Example per sample (gradient-descent post): (1/200, −3/11600 + 2e-4, 1/5800 + 3e-4). */
const w2AfterEpoch = [1 / 200, -3 / 11600 + 2e-4, 1 / 5800 + 3e-4];

export const tests = [
  {
    name: 'train: one epoch of the Example per sample shows the new weights and gets all three inputs right',
    async run({ newPage, screenshot }) {
      const page = await openTrain(newPage);
      assert.deepEqual(await cellTexts(page, 'results-now', 'cell-correct'), ['✓ yes', '✓ yes', '✗ no']);
      await page.getByTestId('train-epoch').click();
      await waitForRun(page, /^Last run: 1 epoch per sample, 3 iterations applied\./);

      // The weights on screen: names, values after (as printed, to their 4 digits) and the sign cues.
      const rows = page.getByTestId('weight-row');
      assert.deepEqual(await rows.evaluateAll((all) => all.map((row) => row.dataset.name)), [
        'w^{2,1}_1',
        'w^{2,1}_2',
        'w^{2,1}_3',
      ]);
      const after = await page.getByTestId('weight-after').allInnerTexts();
      after.forEach((text, i) =>
        assertClose(readNumber(text), w2AfterEpoch[i], 5e-4, `w^{2,1}_${i + 1} after`),
      );
      const changes = await page.getByTestId('weight-change').allInnerTexts();
      assert.deepEqual(
        changes.map((text) => text.replace(/\s+/g, '')),
        ['=0', '▲+0.0002', '▲+0.0003'],
      );

      // The results tables before and after, side by side in the panel.
      assert.deepEqual(await cellTexts(page, 'results-before', 'cell-correct'), ['✓ yes', '✓ yes', '✗ no']);
      assert.deepEqual(await cellTexts(page, 'results-after', 'cell-o'), ['0.43', '1', '1.3']);
      assert.deepEqual(await cellTexts(page, 'results-after', 'cell-result'), ['0', '1', '1']);
      const correct = await cellTexts(page, 'results-after', 'cell-correct');
      assert.deepEqual(
        correct.map((text) => text.replace(/\s+/g, ' ')),
        ['✓ yes', '✓ yes', '✓ yes (was ✗)'],
      );
      assert.match(
        await page.getByTestId('results-score').innerText(),
        /^Correct: 2 of 3 before, 3 of 3 after\./,
      );
      await page.getByTestId('results-table').scrollIntoViewIfNeeded();
      await screenshot(page, 'train-one-epoch-per-sample');

      const axe = await new AxeBuilder({ page }).include(ids.panel).analyze();
      const violations = axe.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((node) => node.target.join(' ')).join(', ')})`,
      );
      assert.deepEqual(violations, []);
    },
  },
  {
    name: 'train: one epoch by batch makes one update; o3 = 43/300, 1, 13/30 and input 3 is still wrong',
    async run({ newPage }) {
      const page = await openTrain(newPage);
      await page.getByRole('radio', { name: 'By batch of 3' }).check();
      await page.getByTestId('train-epoch').click();
      await waitForRun(page, /^Last run: 1 epoch by batch, 1 iteration applied\./);
      const o = await cellTexts(page, 'results-after', 'cell-o');
      assert.deepEqual(o, ['0.1433', '1', '0.4333']);
      assertClose(readNumber(o[0]), 43 / 300, 5e-4, 'o3 of input 1');
      assertClose(readNumber(o[2]), 13 / 30, 5e-4, 'o3 of input 3');
      assert.deepEqual(await cellTexts(page, 'results-after', 'cell-correct'), ['✓ yes', '✓ yes', '✗ no']);
      const after = await page.getByTestId('weight-after').allInnerTexts();
      const expected = [1 / 200, -3 / 11600 + 2e-4 / 3, 1 / 5800 + 1e-4];
      after.forEach((text, i) => assertClose(readNumber(text), expected[i], 5e-4, `w^{2,1}_${i + 1} after`));
    },
  },
  {
    name: 'train: 1,000 epochs draw a loss curve; hovering shows an epoch and its losses',
    async run({ newPage, screenshot }) {
      const page = await openTrain(newPage);
      await page.getByTestId('train-epochs').fill('1000');
      await page.getByTestId('train-run').click();
      await waitForRun(page, /^Last run: 1,000 epochs per sample, 3,000 iterations applied\./);
      const plot = page.getByTestId('loss-curve-plot');
      await plot.scrollIntoViewIfNeeded();
      assert.equal(await plot.getAttribute('data-points'), '1001');
      const avg = page.getByTestId('curve-avg');
      const box = await avg.boundingBox();
      assert.ok(box && box.width > 200 && box.height > 50, `the loss^avg path is ${JSON.stringify(box)}`);
      assert.equal(await page.getByTestId('curve-sample').count(), 3);
      const plotBox = await plot.boundingBox();
      await page.mouse.move(plotBox.x + plotBox.width * 0.5, plotBox.y + plotBox.height * 0.5);
      const tooltip = page.getByTestId('curve-tooltip');
      await tooltip.waitFor();
      assert.match(
        (await tooltip.innerText()).replace(/\s+/g, ' '),
        /^epoch [\d,]+ loss avg = \S+ sample 1: \S+ sample 2: \S+ sample 3: \S+$/,
      );
      await screenshot(page, 'train-loss-curve-1000-epochs');
      // loss^avg fell more than 100-fold: the axis is logarithmic; the checkbox turns it linear.
      assert.match(await plot.innerText(), /loss \(log\)/);
      await page.getByTestId('curve-log').uncheck();
      assert.doesNotMatch(await plot.innerText(), /loss \(log\)/);
    },
  },
  {
    name: 'train: a long run shows its progress, keeps the page responsive and stops on Stop',
    async run({ newPage }) {
      const page = await openTrain(newPage);
      await page.getByTestId('train-epochs').fill('100000');
      await page.getByTestId('train-run').click();
      const epochs = page.getByTestId('train-progress-epochs');
      await epochs.waitFor();
      const read = async () =>
        Number((await epochs.innerText()).match(/^Epoch ([\d,]+) of 100,000$/)?.[1].replace(/,/g, ''));
      const first = await read();
      // The page answers between slices: another tab opens while the run goes on.
      await page.getByTestId('tab-step').click();
      await page.locator(ids.caption).waitFor();
      await page.getByTestId('tab-train').click();
      await page.waitForFunction(
        (before) =>
          Number(
            document
              .querySelector('[data-testid="train-progress-epochs"]')
              ?.textContent?.match(/[\d,]+/)?.[0]
              .replace(/,/g, ''),
          ) > before,
        first,
      );
      await page.getByTestId('train-stop').click();
      await page.getByTestId('train-progress').waitFor({ state: 'detached' });
      assert.match(await page.locator(ids.summary).innerText(), /stopped after [\d,]+ epochs/);
    },
  },
  {
    name: 'train: the stepper walks an iteration of the last run, says so in the panel, and comes back',
    async run({ newPage, screenshot }) {
      const page = await openTrain(newPage);
      await page.getByTestId('train-epoch').click();
      await waitForRun(page, /3 iterations applied/);
      await page.getByTestId('inspect-iteration').nth(2).click();
      const banner = page.getByTestId('inspect-banner');
      assert.match(
        await banner.innerText(),
        /The stepper shows iteration 3 of the last run \(epoch 1 · sample 3\)/,
      );
      // The data column shows sample 3's x = (0, 2000, 3000).
      const data = await page
        .locator('[data-testid="neuron"][data-id^="N:0:"] .value-o')
        .evaluateAll((values) => values.map((value) => value.textContent));
      assert.deepEqual(data, ['0', '2000', '3000']);
      await page.locator(ids.panel).evaluate((panel) => panel.closest('.side-panel')?.scrollTo(0, 0));
      await screenshot(page, 'train-inspect-iteration');
      await page.getByTestId('stop-inspecting').click();
      await banner.waitFor({ state: 'detached' });
    },
  },
  {
    name: 'train: α = 10⁶ on the deep preset pauses on the first ∞ with a message; show it, then undo the run',
    async run({ newPage, screenshot }) {
      const page = await openTrain(newPage);
      await page.getByTestId('preset-picker').selectOption('deep');
      await page.getByTestId('learning-rate').fill('1e6');
      await page.getByTestId('learning-rate').press('Enter');
      await page.getByTestId('train-epochs').fill('100');
      await page.getByTestId('train-run').click();
      const alert = page.getByTestId('nonfinite-alert');
      await alert.waitFor();
      const text = (await alert.innerText()).replace(/\s+/g, ' ');
      assert.match(
        text,
        /^The learning rate α = 1×10⁶ is too large: loss became ∞ at epoch \d+, on sample \d\./,
      );
      assert.match(await page.locator(ids.summary).innerText(), /paused after [\d,]+ iterations/);
      await screenshot(page, 'train-non-finite');

      await page.getByTestId('nonfinite-show').click();
      assert.notEqual(await page.locator(ids.counter).innerText(), 'Step 1 / 165');
      await page.getByTestId('tab-step').click();
      assert.match(await page.locator(ids.caption).innerText(), /^Loss/);
      assert.match((await page.getByTestId('loss').textContent()) ?? '', /loss = ∞/);
      await page.getByTestId('tab-train').click();

      await page.getByTestId('nonfinite-undo').click();
      await page.getByTestId('nonfinite-undo').waitFor({ state: 'detached' });
      assert.match(await page.locator(ids.summary).innerText(), /The model has changed since/);
      assert.match(await page.getByTestId('nonfinite-advice').innerText(), /^Undone: the weights are back/);
      assert.match(
        (await page.getByTestId('redo').getAttribute('aria-label')) ?? '',
        /^Redo: train 100 epochs/,
      );
    },
  },
];
