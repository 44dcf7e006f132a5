// Start-up in real Chromium: a fresh start needs only the first chunks; a returning user's work and a link are in the
// first frame (nothing shows before them); the first Ctrl+Z after an inline edit undoes it even when the editor came
// late; a part of the app that cannot be loaded says so while the rest goes on.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import lzString from 'lz-string';
import { eventually } from './eventually.mjs';
import { savedStateKey } from './models.mjs';

const ids = {
  counter: '[data-testid="step-counter"]',
  caption: '[data-testid="step-caption"]',
  title: '[data-testid="model-title"]',
  card: '[data-testid="chain-rule-card"]',
  edge: (id) => `[data-testid="edge"][data-id="${id}"]`,
  notice: '[data-testid="notice"]',
};

const linear = JSON.parse(readFileSync(new URL('../../src/presets/linear.json', import.meta.url), 'utf8'));

/** Saved work as the app writes it: the Linear preset renamed, on sample 2 at step 21 (a δ of the backward pass). */
const savedWork = {
  app: 'neural-structure',
  version: 1,
  savedModel: { ...linear, title: 'My saved network' },
  view: { selection: 1, detail: 'detailed', stepIndex: 20, seed: 1, trainingMode: 'sample' },
};

const counterText = async (page) => (await page.locator(ids.counter).innerText()).replace(/\s+/g, ' ').trim();
/** The weight an edge says it has ("w^{2,1}_1 = 0.005"), from its accessible name. */
const edgeTitle = async (page, id) =>
  ((await page.locator(ids.edge(id)).getAttribute('aria-label')) ?? '').replace(/: press Enter to edit$/, '');

/** Puts `work` in storage before the page's own scripts run, on its first load only (a reload keeps what it saved). */
async function withSavedWork(page, work) {
  await page.addInitScript(
    ({ key, state }) => {
      if (sessionStorage.getItem('work-set') !== null) return;
      sessionStorage.setItem('work-set', '1');
      localStorage.setItem(key, JSON.stringify(state));
    },
    { key: savedStateKey, state: work },
  );
}

/** Records, from before the page's own scripts run, every model title the page shows, in order. */
async function recordTitles(page) {
  await page.addInitScript(() => {
    const seen = [];
    Object.assign(window, { titlesSeen: seen });
    new MutationObserver(() => {
      const title = document.querySelector('[data-testid="model-title"]')?.textContent ?? null;
      if (title !== null && seen.at(-1) !== title) seen.push(title);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => window.titlesSeen);
}

/** The scripts index.html loads itself: its entry and its modulepreloads. */
async function firstChunks(page) {
  const html = await (await page.request.get('/')).text();
  return new Set(
    [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((match) => `/${match[1]}`),
  );
}

/** Holds back every script outside `allowed` until `release()`; gives what was held, by path. */
async function holdScripts(page, allowed) {
  const held = [];
  const requested = [];
  let released = false;
  await page.route('**/assets/*.js', (route) => {
    const path = new URL(route.request().url()).pathname;
    if (released || allowed.has(path)) return route.continue();
    requested.push(path);
    held.push(route);
    return undefined;
  });
  return {
    requested,
    release: async () => {
      released = true;
      await Promise.all(held.splice(0).map((route) => route.continue()));
    },
  };
}

export const tests = [
  {
    name: 'start: a fresh start needs only its first chunks: the stepper, the caption and the card in plain text',
    async run({ newPage, screenshot }) {
      const page = await newPage();
      const hold = await holdScripts(page, await firstChunks(page));
      await page.goto('/');
      await page.locator(ids.counter).waitFor();
      assert.equal(await counterText(page), 'Step 1 / 58');
      assert.notEqual((await page.locator(ids.caption).innerText()).trim(), '');
      assert.ok((await page.locator(`${ids.card} .card-plain`).count()) > 0, 'the card shows its plain text');
      for (const button of ['file-menu', 'share-button', 'export-menu', 'present', 'undo', 'help-button'])
        assert.ok(await page.getByTestId(button).isVisible(), `the toolbar shows ${button}`);
      await screenshot(page, 'start-fresh-first-chunks-only');
      // Within the forward pass the stepper moves at once; past it, a move waits for the formulas that describe it.
      await page.locator(ids.counter).click();
      await page.keyboard.press('ArrowRight');
      assert.equal(await counterText(page), 'Step 2 / 58');
      await page.keyboard.press('End');
      await page.waitForTimeout(300);
      assert.equal(await counterText(page), 'Step 2 / 58', 'End waits for the formulas of the last step');
      assert.ok(
        hold.requested.some((path) => /\/backward-[\w-]+\.js$/.test(path)),
        'the backward formulas were asked for',
      );
      await hold.release();
      await eventually(
        () => counterText(page),
        (text) => assert.equal(text, 'Step 58 / 58'),
        'End applies once they came',
      );
      assert.ok(
        (await page.locator(`${ids.card} .card-lines li`).count()) > 0,
        'the update card has its lines',
      );
    },
  },
  {
    name: "start: a returning user's saved work is the first frame shown, on its step (the Example never shows)",
    async run({ newPage, screenshot }) {
      const page = await newPage();
      await withSavedWork(page, savedWork);
      const titles = await recordTitles(page);
      await page.goto('/');
      await page.locator(ids.counter).waitFor();
      assert.deepEqual(await titles(), ['My saved network']);
      assert.equal(await counterText(page), 'Step 21 / 67');
      assert.ok((await page.locator(`${ids.card} .card-lines li`).count()) > 0, 'the δ card has its lines');
      assert.equal(await page.locator(ids.notice).count(), 0, 'a clean restore says nothing');
      await screenshot(page, 'start-saved-work');
    },
  },
  {
    name: 'start: a link opens over the saved work in the first frame; undo goes back to the work',
    async run({ newPage }) {
      const page = await newPage();
      await withSavedWork(page, savedWork);
      const titles = await recordTitles(page);
      const view = { selection: 0, step: 30, detail: 'detailed', selected: 'N:1:0' };
      const link = `#v1=${lzString.compressToEncodedURIComponent(JSON.stringify({ model: linear, view }))}`;
      await page.goto(`/${link}`);
      await page.locator(ids.counter).waitFor();
      assert.deepEqual(await titles(), ['The Linear layer']);
      assert.equal(await counterText(page), 'Step 31 / 67');
      assert.equal(await page.locator('[data-testid="link-banner"]').count(), 0);
      assert.equal(
        await page.evaluate(() => window.location.hash),
        '',
        'the fragment is dropped once opened',
      );
      await page.getByTestId('undo').click();
      assert.equal((await page.locator(ids.title).innerText()).trim(), 'My saved network');
    },
  },
  {
    name: 'start: the first Ctrl+Z after an inline weight edit undoes it, even when the editor came late',
    async run({ newPage }) {
      const page = await newPage();
      const hold = await holdScripts(page, await firstChunks(page));
      await page.goto('/');
      await page.locator(ids.counter).waitFor();
      assert.equal(await edgeTitle(page, 'E:2:0:0'), 'w^{2,1}_1 = 0.005');
      // The edge is clicked before the editor's code has come: the editor opens once it has.
      await page.locator(ids.edge('E:2:0:0')).click();
      await hold.release();
      const input = page.getByTestId('weight-editor').locator('input');
      await input.waitFor();
      await input.fill('-1/4');
      await input.press('Enter');
      await page.getByTestId('weight-editor').waitFor({ state: 'detached' });
      assert.equal(await edgeTitle(page, 'E:2:0:0'), 'w^{2,1}_1 = −0.25');
      await page.keyboard.press('Control+z');
      assert.equal(await edgeTitle(page, 'E:2:0:0'), 'w^{2,1}_1 = 0.005');
      assert.ok(await page.getByTestId('undo').isDisabled(), 'nothing is left to undo');
    },
  },
  {
    name: 'start: a part of the app that cannot be loaded says so in a notice, and the rest goes on',
    allowErrors: [/Failed to load resource/, /Failed to fetch dynamically imported module/],
    async run({ newPage }) {
      const page = await newPage();
      // The help comes in the chunk of what the toolbar opens (openers.ts).
      await page.route(/\/assets\/openers-[\w-]+\.js$/, (route) => route.abort());
      await page.goto('/');
      await page.locator(ids.counter).click();
      await page.keyboard.press('?');
      const notice = page.locator(ids.notice);
      await notice.waitFor();
      assert.match(await notice.innerText(), /The help could not be loaded: check the connection/);
      await page.keyboard.press('Escape');
      await page.keyboard.press('ArrowRight');
      assert.equal(await counterText(page), 'Step 2 / 58');
    },
  },
];
