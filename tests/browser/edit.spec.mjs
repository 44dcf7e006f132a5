// The editing UI in real Chromium: building the Linear-layer preset through the editor, editing a weight with the
// keyboard only, undo and redo, saved work across a reload, junk in storage, and a broken file.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { eventually } from './eventually.mjs';
import { savedStateKey as savedKey } from './models.mjs';

const linearPreset = JSON.parse(
  readFileSync(new URL('../../src/presets/linear.json', import.meta.url), 'utf8'),
);

const ids = {
  counter: '[data-testid="step-counter"]',
  field: (path) => `input[data-path="${path}"]`,
  neuron: (id) => `[data-testid="neuron"][data-id="${id}"]`,
  edge: (id) => `[data-testid="edge"][data-id="${id}"]`,
  notice: '[data-testid="notice"]',
};

/** The first key unreadable saved work is set aside under. */
const asideKey = `${savedKey}.unreadable.1`;

/** Opens the app and waits for the stepper bar. */
async function openApp(newPage, options = {}) {
  const page = await newPage(options);
  const response = await page.goto('/');
  assert.ok(response?.ok(), `GET / answered ${response?.status()}`);
  await page.locator(ids.counter).waitFor();
  return page;
}

/** Opens the app once with junk in its storage (a notice then says so). */
async function openWithJunk(newPage, options = {}) {
  const page = await newPage(options);
  await page.addInitScript(
    ([key]) => {
      if (sessionStorage.getItem('junk-set') === null) {
        localStorage.setItem(key, '{"app": "neural-structure", "version": 1, "savedModel": 42');
        sessionStorage.setItem('junk-set', '1');
      }
    },
    [savedKey],
  );
  await page.goto('/');
  return page;
}

/** Types a value into the field of a model path and applies it with Enter. */
async function type(page, path, value) {
  const field = page.locator(ids.field(path));
  await field.fill(String(value));
  await field.press('Enter');
  assert.equal(
    await page.locator('[data-testid="field-problem"]').count(),
    0,
    `${path} = ${value} is accepted without a problem`,
  );
}

/** The model as "Save file" downloads it, parsed. */
async function savedModel(page) {
  await page.getByTestId('file-menu').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('save-file').click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), model: JSON.parse(readFileSync(path, 'utf8')) };
}

/** The text of a neuron box ("o, δ") and the accessible name of an edge, its weight ("w^{2,1}_1 = 0.005"). */
const neuronText = async (page, id) =>
  ((await page.locator(`${ids.neuron(id)} .neuron-value`).textContent()) ?? '').trim();
const edgeTitle = async (page, id) =>
  ((await page.locator(ids.edge(id)).getAttribute('aria-label')) ?? '').replace(/: press Enter to edit$/, '');

/** Presses Tab until the focus is on the element with this data-id (at most `max` times). */
async function tabTo(page, dataId, max = 60) {
  for (let n = 0; n < max; n++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? null);
    if (focused === dataId) return;
  }
  assert.fail(`Tab never reached ${dataId}`);
}

/** Moves the focus off any field, to the page (as a click on plain text does). */
async function focusPage(page) {
  await page.locator(ids.counter).click();
}

/** The accessibility violations axe finds in the parts of the page matching `selectors`. */
async function violations(page, ...selectors) {
  let builder = new AxeBuilder({ page });
  for (const selector of selectors) builder = builder.include(selector);
  const results = await builder.analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

/** w^{2,1}_1 and o²₁ of the Example's first sample, x = (100, 2000, 100), computed here from the series' numbers. */
const exampleWeights = [1 / 200, -3000 / 11600000, 1 / 5800];
const o21 = (w1) => 100 * w1 + 2000 * (exampleWeights[1] ?? 0) + 100 * (exampleWeights[2] ?? 0);

export const tests = [
  {
    name: 'edit: builds the Linear-layer preset from the Example with the editor, and saves it as the preset',
    timeout: 60_000,
    async run({ newPage, screenshot }) {
      const page = await openApp(newPage);
      await page.getByTestId('tab-edit').click();
      await type(page, 'title', linearPreset.title);

      // The Example is Input 1D (3) → Linear (1) → ReLU: take its Linear away, add one with 2 neurons and
      // biases at the end, then remove the ReLU, leaving Input 1D (3) → Linear (2, biases).
      await page.getByRole('button', { name: 'Remove L2' }).click();
      assert.equal(await page.locator('[data-testid="layer"]').count(), 2);
      await page.getByLabel('Size of the new layer').fill('2');
      assert.ok(
        await page.getByRole('checkbox', { name: 'biases' }).isChecked(),
        'new Linear layers have biases',
      );
      await page.getByRole('button', { name: 'Add layer' }).click();
      await page.getByRole('button', { name: 'Remove L2' }).click();
      const kinds = await page.locator('[data-testid="layer"] .layer-kind').allTextContents();
      assert.deepEqual(kinds, ['Input 1D', 'Linear']);
      await screenshot(page, 'edit-network-built');

      // Every weight, bias and training setting, typed.
      const linear = linearPreset.layers[1];
      for (const [j, row] of linear.weights.entries())
        for (const [i, w] of row.entries()) await type(page, `layers[1].weights[${j}][${i}]`, w);
      for (const [j, b] of linear.biases.entries()) await type(page, `layers[1].biases[${j}]`, b);
      await type(page, 'learningRate', linearPreset.learningRate);
      await type(page, 'batchSize', linearPreset.batchSize);

      // The dataset keeps the Example's 3 samples, now with 2 outputs each: type the preset's.
      await page.getByTestId('tab-data').click();
      await page.getByTestId('data-panel').waitFor(); // the Data tab comes in its own chunk
      assert.equal(await page.locator('[data-testid="sample-row"]').count(), linearPreset.dataset.length);
      for (const [n, sample] of linearPreset.dataset.entries()) {
        for (const [c, x] of sample.x.entries()) await type(page, `dataset[${n}].x[${c}]`, x);
        for (const [c, y] of sample.y.entries()) await type(page, `dataset[${n}].y[${c}]`, y);
      }
      await screenshot(page, 'edit-data-built');

      const saved = await savedModel(page);
      assert.equal(saved.name, 'The-Linear-layer.json');
      assert.deepEqual(saved.model, linearPreset);
      // The preset menu recognises nothing (the model is the user's), and the toolbar shows the typed title.
      assert.equal(await page.getByTestId('model-title').textContent(), linearPreset.title);
    },
  },
  {
    name: 'edit: a weight edited with the keyboard only changes the diagram; undo restores it exactly, redo again',
    async run({ newPage, screenshot }) {
      const page = await openApp(newPage);
      await focusPage(page);
      await page.keyboard.press('End'); // every value of the pass is shown at the last step
      const before = await neuronText(page, 'N:2:0');
      assert.match(before, /^0,/, `o²₁ of sample 1 is exactly 0 (got ${before})`);
      assert.equal(await edgeTitle(page, 'E:2:0:0'), 'w^{2,1}_1 = 0.005');

      // Tab to w^{2,1}_1, Enter, type the fraction, Enter.
      await tabTo(page, 'E:2:0:0');
      await page.keyboard.press('Enter');
      const editor = page.getByTestId('weight-editor');
      await editor.waitFor();
      await screenshot(page, 'edit-inline-editor');
      await page.keyboard.type('-3000/11600000');
      await page.keyboard.press('Enter');
      await editor.waitFor({ state: 'detached' });
      assert.equal(
        await page.evaluate(() => document.activeElement?.getAttribute('data-id')),
        'E:2:0:0',
        'the focus is back on the edge',
      );

      // The diagram and the values follow: the edge is now negative, o²₁ = −0.5259 (4 significant digits).
      const w = -3000 / 11600000;
      assert.equal(await edgeTitle(page, 'E:2:0:0'), `w^{2,1}_1 = ${String(w).replace('-', '−')}`);
      assert.match((await page.locator(ids.edge('E:2:0:0')).getAttribute('class')) ?? '', /sign-negative/);
      const expected = Number(o21(w).toPrecision(4));
      const after = await neuronText(page, 'N:2:0');
      assert.ok(
        after.startsWith(`${String(expected).replace('-', '−')},`),
        `o²₁ shows ${expected} (got ${after})`,
      );
      await screenshot(page, 'edit-weight-applied');

      // Undo (Ctrl+Z on the edge) gives back exactly the previous model; the button names what it undoes.
      assert.equal(await page.getByTestId('undo').getAttribute('aria-label'), 'Undo: set w^{2,1}_1');
      await page.keyboard.press('Control+z');
      assert.equal(await neuronText(page, 'N:2:0'), before);
      assert.equal(await edgeTitle(page, 'E:2:0:0'), 'w^{2,1}_1 = 0.005');
      assert.equal(await page.getByTestId('redo').getAttribute('aria-label'), 'Redo: set w^{2,1}_1');

      // Redo (Shift+Ctrl+Z) applies it again, and Ctrl+Y after another undo too.
      await page.keyboard.press('Control+Shift+z');
      assert.equal(await neuronText(page, 'N:2:0'), after);
      await page.getByTestId('undo').click();
      assert.equal(await neuronText(page, 'N:2:0'), before);
      await page.keyboard.press('Control+y');
      assert.equal(await neuronText(page, 'N:2:0'), after);

      // In a text field Ctrl+Z is the browser's own (it undoes the typing, not the model).
      await page.getByTestId('tab-edit').click();
      const title = page.locator(ids.field('title'));
      await title.click();
      await page.keyboard.type(' again');
      await page.keyboard.press('Control+z');
      assert.equal(await neuronText(page, 'N:2:0'), after, 'Ctrl+Z in a field does not undo the model');
      assert.equal(await page.getByTestId('undo').getAttribute('aria-label'), 'Undo: set w^{2,1}_1');
      await title.press('Escape');
      assert.equal(await title.inputValue(), 'The Example');
    },
  },
  {
    name: 'edit: a refused value keeps the text typed, with the parser message, and the model keeps its value',
    async run({ newPage, screenshot }) {
      const page = await openApp(newPage);
      await page.locator(ids.edge('E:2:0:2')).click();
      const input = page.getByTestId('weight-editor').locator('input');
      await input.fill('1/0');
      await input.press('Enter');
      const problem = page.getByTestId('weight-editor').getByTestId('field-problem');
      await problem.waitFor();
      assert.match((await problem.textContent()) ?? '', /layers\[1\]\.weights\[0\]\[2\]|divid|zero|finite/i);
      assert.equal(await input.inputValue(), '1/0', 'the text typed stays');
      assert.equal(await edgeTitle(page, 'E:2:0:2'), `w^{2,1}_3 = ${1 / 5800}`);
      await screenshot(page, 'edit-inline-problem');

      // The same problem is shown in the Network tab's grid, with the text kept there too.
      await page.getByTestId('tab-edit').click();
      assert.equal(await page.locator(ids.field('layers[1].weights[0][2]')).inputValue(), '1/0');
      assert.equal(
        await page.locator(ids.field('layers[1].weights[0][2]')).getAttribute('aria-invalid'),
        'true',
      );
      // Escape in the editor cancels: the model's value comes back and the problem goes.
      await page.locator(ids.edge('E:2:0:2')).click();
      await page.getByTestId('weight-editor').locator('input').press('Escape');
      assert.equal(await page.locator('[data-testid="field-problem"]').count(), 0);
      assert.equal(
        await page.locator(ids.field('layers[1].weights[0][2]')).getAttribute('aria-invalid'),
        'false',
      );
    },
  },
  {
    name: 'edit: the work is kept across a reload',
    async run({ newPage }) {
      const page = await openApp(newPage);
      await page.getByTestId('tab-edit').click();
      await type(page, 'title', 'My network');
      await type(page, 'layers[1].weights[0][1]', '-1/4');
      await eventually(
        () => page.evaluate((key) => localStorage.getItem(key), savedKey),
        (text) => assert.match(text ?? '', /My network/),
        'the work is saved',
      );
      await page.reload();
      await page.locator(ids.counter).waitFor();
      assert.equal(await page.getByTestId('model-title').textContent(), 'My network');
      assert.equal(await edgeTitle(page, 'E:2:0:1'), 'w^{2,1}_2 = −0.25');
      assert.equal(await page.locator(ids.notice).count(), 0, 'a clean restore says nothing');
    },
  },
  {
    name: 'edit: junk in storage starts the app cleanly with a notice, the junk kept aside',
    async run({ newPage, screenshot }) {
      const page = await openWithJunk(newPage);
      await page.locator(ids.counter).waitFor();
      assert.equal(await page.getByTestId('model-title').textContent(), 'The Example');
      const notice = page.locator(ids.notice);
      assert.equal(await notice.count(), 1);
      assert.match((await notice.textContent()) ?? '', /could not be read.*kept aside/);
      assert.equal(await notice.getAttribute('data-level'), 'warning');
      assert.equal(
        await page.evaluate((key) => localStorage.getItem(key), asideKey),
        '{"app": "neural-structure", "version": 1, "savedModel": 42',
      );
      await screenshot(page, 'edit-notice-junk');
      await notice.getByRole('button', { name: 'Dismiss this message' }).click();
      assert.equal(await page.locator(ids.notice).count(), 0);
    },
  },
  {
    name: 'edit: on a phone, a notice under the toolbar shortens the diagram (to its minimum at most) rather than let the bar cover it',
    async run({ newPage, screenshot }) {
      const page = await openWithJunk(newPage, { viewport: { width: 390, height: 844 } });
      const notice = page.locator(ids.notice);
      await notice.waitFor();
      /** The diagram's height, and the room between its bottom and the top of the stepper bar (px). */
      const room = () =>
        page.evaluate(() => {
          const pane = document.querySelector('.diagram-pane')?.getBoundingClientRect();
          const bar = document.querySelector('.step-controls')?.getBoundingClientRect();
          const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
          return pane && bar ? { height: pane.height, minimum: 18 * rem, gap: bar.top - pane.bottom } : null;
        });
      const before = await eventually(
        room,
        (found) => assert.ok(found && (found.gap >= -1 || found.height <= found.minimum + 1)),
        'with the notice shown, the bar covers the diagram only where it is as short as it gets',
      );
      await screenshot(page, 'edit-notice-phone');
      await notice.getByRole('button', { name: 'Dismiss this message' }).click();
      const after = await eventually(
        room,
        (found) =>
          assert.ok(found && Math.abs(found.gap) <= 1, `the diagram ends ${found?.gap} px above the bar`),
        'once the notice is dismissed, the diagram fills the room to the bar again',
      );
      assert.ok(after.height > before.height, 'the diagram grew back');
    },
  },
  {
    name: 'edit: a broken file shows every problem of the parser and keeps the model; a good file opens',
    async run({ newPage, screenshot }) {
      const page = await openApp(newPage);
      const broken = structuredClone(linearPreset);
      broken.layers[1].weights[0][2] = 'abc';
      broken.learningRate = -1;
      broken.dataset[1].y = [1];
      await page.getByTestId('file-input').setInputFiles({
        name: 'broken.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(broken)),
      });
      const dialog = page.getByRole('alertdialog');
      await dialog.waitFor();
      assert.match((await dialog.textContent()) ?? '', /“broken\.json” was not opened/);
      const items = await dialog.locator('li').allTextContents();
      assert.equal(items.length, 3, `three problems: ${items.join(' | ')}`);
      assert.ok(items.some((item) => item.startsWith('layers[1].weights[0][2]')));
      assert.ok(items.some((item) => item.startsWith('learningRate')));
      assert.ok(items.some((item) => item.startsWith('dataset[1].y')));
      await screenshot(page, 'edit-broken-file');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      assert.equal(await page.getByTestId('model-title').textContent(), 'The Example');
      assert.equal(
        await page.evaluate(() => document.activeElement?.getAttribute('data-testid')),
        'file-menu',
      );

      await page.getByTestId('file-input').setInputFiles({
        name: 'linear.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(linearPreset)),
      });
      await eventually(
        () => page.getByTestId('model-title').textContent(),
        (title) => assert.equal(title, linearPreset.title),
        'the good file opens',
      );
      assert.match((await page.locator(ids.notice).textContent()) ?? '', /Opened “linear\.json”/);
      assert.equal(await page.getByTestId('undo').getAttribute('aria-label'), 'Undo: open "linear.json"');
    },
  },
  {
    name: 'edit: the panels, the inline editor, the notices and the file dialog have no accessibility violations',
    async run({ newPage }) {
      const page = await openApp(newPage);
      await page.getByTestId('tab-edit').click();
      // A field showing its problem.
      await page.locator(ids.field('layers[1].size')).fill('0');
      await page.locator(ids.field('layers[1].size')).press('Enter');
      await page.locator('[data-testid="field-problem"]').waitFor();
      assert.deepEqual(await violations(page, '.side-panel'), []);
      await page.getByTestId('tab-data').click();
      await page.getByTestId('data-panel').waitFor();
      assert.deepEqual(await violations(page, '.side-panel'), []);
      await page.locator(ids.edge('E:2:0:0')).click();
      await page.getByTestId('weight-editor').waitFor();
      assert.deepEqual(await violations(page, '.diagram'), []);
      await page.getByTestId('weight-editor').locator('input').press('Escape');
      await page.evaluate(() => localStorage.clear());
      await page.getByTestId('file-input').setInputFiles({
        name: 'broken.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"format": "neural-structure"}'),
      });
      await page.getByRole('alertdialog').waitFor();
      assert.deepEqual(await violations(page, '.file-problems'), []);
      await page.keyboard.press('Escape');
      await page.getByTestId('file-menu').click();
      await page.getByTestId('save-file').click();
      await page.locator(ids.notice).waitFor();
      assert.deepEqual(await violations(page, '.notices', '.toolbar'), []);
    },
  },
  {
    name: 'edit: the panels and the inline editor at 1920×1080',
    async run({ newPage, screenshot }) {
      const page = await openApp(newPage, { viewport: { width: 1920, height: 1080 } });
      await page.getByTestId('tab-edit').click();
      await page.getByTestId('edit-panel').waitFor();
      await screenshot(page, 'edit-network-1920');
      await page.getByTestId('tab-data').click();
      await page.getByTestId('data-panel').waitFor();
      await screenshot(page, 'edit-data-1920');
      await page.locator(ids.edge('E:2:0:1')).click();
      await page.getByTestId('weight-editor').waitFor();
      await screenshot(page, 'edit-inline-editor-1920');
    },
  },
  ...[
    { width: 1024, height: 768 },
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ].map((viewport) => ({
    name: `edit: at ${viewport.width}×${viewport.height} every weight, bias and sample field shows its rounded value whole`,
    async run({ newPage, screenshot }) {
      const page = await openApp(newPage, { viewport });
      for (const preset of ['example', 'deep']) {
        await page.locator('[data-testid="preset-picker"]').selectOption(preset);
        for (const [tab, panel, fields] of [
          ['edit', 'edit-panel', '.weight-grid .field-input'],
          ['data', 'data-panel', '.sample-table .field-input'],
        ]) {
          await page.getByTestId(`tab-${tab}`).click();
          await page.getByTestId(panel).waitFor();
          await page.locator(fields).first().waitFor();
          const cut = await page
            .locator(fields)
            .evaluateAll((inputs) =>
              inputs.filter((input) => input.scrollWidth > input.clientWidth).map((input) => input.value),
            );
          assert.deepEqual(cut, [], `${preset}, ${tab} tab: these values are cut`);
          await screenshot(page, `edit-fields-${preset}-${tab}-${viewport.width}`);
        }
      }
    },
  })),
];
