// Links in real Chromium: "Copy link" gives a link that reopens exactly the same frame in a fresh browser, a bad
// link shows a banner with its problem and its raw text while the app keeps working, and a link put in the
// address later (hashchange) opens too.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import lzString from 'lz-string';
import { eventually } from './eventually.mjs';
import { savedStateKey } from './models.mjs';

const ids = {
  counter: '[data-testid="step-counter"]',
  caption: '[data-testid="step-caption"]',
  samplePicker: '[data-testid="sample-picker"]',
  title: '[data-testid="model-title"]',
  banner: '[data-testid="link-banner"]',
};

/** The Example's model file, as the app ships it. */
const example = JSON.parse(readFileSync(new URL('../../src/presets/example.json', import.meta.url), 'utf8'));

/** The fragment of a link holding `model` and `view` ("#v1=…"), made as the app makes it. */
const linkOf = (model, view) =>
  `#v1=${lzString.compressToEncodedURIComponent(JSON.stringify({ model, view }))}`;

const counterText = async (page) => (await page.locator(ids.counter).innerText()).replace(/\s+/g, ' ').trim();

/** Opens the app at `path` and waits for the stepper. */
async function openApp(newPage, path = '/', options = {}) {
  const page = await newPage(options);
  const response = await page.goto(path);
  assert.ok(response?.ok(), `GET ${path} answered ${response?.status()}`);
  await page.locator(ids.counter).waitFor();
  return page;
}

/** What a frame shows that a link must bring back: counter, caption, sample, detail level, model title. */
async function frameOf(page) {
  return {
    counter: await counterText(page),
    caption: (await page.locator(ids.caption).innerText()).trim(),
    sample: await page.locator(ids.samplePicker).inputValue(),
    compact: await page.getByRole('radio', { name: 'One step per δ' }).isChecked(),
    title: (await page.locator(ids.title).innerText()).trim(),
  };
}

export const tests = [
  {
    name: 'share: "Copy link" gives a link that reopens exactly that frame in a fresh browser',
    async run({ newPage, screenshot }) {
      const page = await openApp(newPage, '/', { permissions: ['clipboard-read', 'clipboard-write'] });
      // Sample 3, then into the backward pass, then one step per δ.
      await page.locator(ids.samplePicker).selectOption('2');
      await page.locator(ids.counter).click();
      for (let n = 0; n < 9; n++) await page.keyboard.press('ArrowRight');
      await page.getByRole('radio', { name: 'One step per δ' }).click();
      await page.locator(ids.counter).click();
      const before = await frameOf(page);
      assert.equal(before.sample, '2');
      assert.equal(before.compact, true);

      await page.getByTestId('share-button').click();
      await page.getByTestId('copy-link').click();
      const field = await page.getByTestId('copy-link-field').inputValue();
      assert.match(field, /#v1=[A-Za-z0-9+$-]+$/);
      const status = page.locator('.copy-status').first();
      await eventually(
        () => status.getAttribute('data-status'),
        (value) => assert.notEqual(value, 'idle'),
        'the copy says what it did',
      );
      if ((await status.getAttribute('data-status')) === 'copied') {
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        assert.equal(copied, field, 'the clipboard holds the link of the field');
      }
      await screenshot(page, 'share-menu');

      const fresh = await openApp(newPage, field);
      assert.deepEqual(await frameOf(fresh), before, 'the link opens the same frame');
      assert.equal(await fresh.locator(ids.banner).count(), 0);
      assert.equal(new URL(fresh.url()).hash, '', 'the opened link leaves the address');
    },
  },
  {
    name: 'share: the embed code of the Share menu is a sandboxed iframe on embed.html with this frame',
    async run({ newPage }) {
      const page = await openApp(newPage);
      for (let n = 0; n < 4; n++) await page.keyboard.press('ArrowRight');
      await page.getByTestId('share-button').click();
      await page.getByTestId('embed-theme').selectOption('dark');
      const code = await page.getByTestId('copy-embed-field').inputValue();
      assert.match(code, /^<iframe\n/);
      assert.match(code, /sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"/);
      assert.match(code, /loading="lazy"/);
      assert.match(code, /title="Backpropagation step by step: The Example"/);
      const src = /src="([^"]*)"/.exec(code)?.[1].replaceAll('&amp;', '&') ?? '';
      const url = new URL(src);
      assert.equal(url.pathname, '/embed.html');
      assert.equal(url.searchParams.get('theme'), 'dark');
      const embed = await newPage();
      await embed.goto(src);
      await embed.locator(ids.counter).waitFor();
      assert.equal(await counterText(embed), 'Step 5 / 58');
      assert.equal(await embed.evaluate(() => document.documentElement.dataset.theme), 'dark');
    },
  },
  ...[
    { name: 'garbage', hash: () => '#v1=garbage', problem: /This link is damaged/ },
    {
      name: 'a truncated link',
      hash: () => {
        const link = linkOf(example, { selection: 0, step: 3, detail: 'detailed', selected: null });
        return link.slice(0, Math.floor(link.length / 2));
      },
      problem: /This link is damaged/,
    },
    {
      name: 'a broken model',
      hash: () =>
        linkOf(
          {
            ...example,
            layers: [
              { kind: 'input1d', size: 3 },
              { kind: 'linear', size: 1, weights: [['abc', 1, 2]] },
            ],
          },
          { selection: 0, step: 3, detail: 'detailed', selected: null },
        ),
      problem: /This link's model has a problem: layers\[1\]\.weights\[0\]\[0\]/,
    },
  ].map(({ name, hash, problem }) => ({
    name: `share: a link with ${name} shows a banner with the problem and the raw link, and the app works`,
    async run({ newPage, screenshot }) {
      const fragment = hash();
      const page = await openApp(newPage, `/${fragment}`);
      const banner = page.locator(ids.banner);
      await banner.waitFor();
      assert.equal(await banner.getAttribute('role'), 'alert');
      assert.match(await page.getByTestId('link-problem').innerText(), problem);
      assert.match(await banner.innerText(), /The app shows “The Example” instead/);
      await page.getByText('Details for a bug report').click();
      assert.equal(await page.getByTestId('link-raw-field').inputValue(), fragment);
      await screenshot(page, `share-bad-link-${name.replaceAll(' ', '-')}`);

      // The app still works: the stepper steps, and the banner goes when dismissed.
      await page.locator(ids.counter).click();
      await page.keyboard.press('ArrowRight');
      assert.equal(await counterText(page), 'Step 2 / 58');
      await page.getByRole('button', { name: 'Dismiss this message' }).click();
      assert.equal(await banner.count(), 0);
    },
  })),
  {
    name: 'share: a link put in the address later opens too (hashchange)',
    async run({ newPage }) {
      const page = await openApp(newPage);
      const linear = JSON.parse(
        readFileSync(new URL('../../src/presets/linear.json', import.meta.url), 'utf8'),
      );
      const fragment = linkOf(linear, { selection: 1, step: 9, detail: 'detailed', selected: null });
      await page.evaluate((hash) => {
        window.location.hash = hash;
      }, fragment);
      await eventually(
        () => page.locator(ids.title).innerText(),
        (title) => assert.equal(title.trim(), 'The Linear layer'),
        'the linked model opens',
      );
      assert.match(await counterText(page), /^Step 10 \//);
      assert.equal(await page.locator(ids.samplePicker).inputValue(), '1');
    },
  },
  {
    name: 'share: at start-up a link opens over the restored saved work',
    async run({ newPage }) {
      const page = await openApp(newPage);
      // Some work: the Linear preset on sample 2, saved by the app as it goes.
      await page.getByLabel('Model').selectOption({ label: 'The Linear layer' });
      await page.locator(ids.samplePicker).selectOption('1');
      await eventually(
        () => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), savedStateKey),
        (saved) => {
          assert.equal(saved.savedModel?.title, 'The Linear layer');
          assert.equal(saved.view?.selection, 1);
        },
        'the work is saved',
      );
      const fragment = linkOf(example, { selection: 2, step: 11, detail: 'detailed', selected: null });
      // A new start on the link (the same page with a new fragment would only change the hash).
      await page.goto('about:blank');
      await page.goto(`/${fragment}`);
      await page.locator(ids.counter).waitFor();
      assert.equal((await page.locator(ids.title).innerText()).trim(), 'The Example');
      assert.equal(await counterText(page), 'Step 12 / 58');
      assert.equal(await page.locator(ids.banner).count(), 0);
    },
  },
];
