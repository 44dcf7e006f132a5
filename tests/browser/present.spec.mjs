// Presentation mode and the exports in real Chromium: the projector theme and its contrast, the hidden chrome, the
// label scale that leaves the layout in place, the spotlight, the black screen, full screen, and the SVG, PNG,
// LaTeX and JSON downloads of the current frame.
import assert from 'node:assert/strict';
import { settled } from './eventually.mjs';
import { readFile } from 'node:fs/promises';

const ids = {
  counter: '[data-testid="step-counter"]',
  neuron: (id) => `[data-testid="neuron"][data-id="${id}"]`,
  caption: '[data-testid="presentation-caption"]',
};

/** Opens the app on sample 3 of the Example (x = (0, 2000, 3000) → y = 1) at step n (1-based), by the keyboard. */
async function openAt(newPage, n, options = {}) {
  const page = await newPage({ viewport: { width: 1920, height: 1080 }, acceptDownloads: true, ...options });
  const response = await page.goto('/');
  assert.ok(response?.ok(), `GET / answered ${response?.status()}`);
  await page.locator(ids.counter).waitFor();
  await page.locator('[data-testid="sample-picker"]').selectOption('2');
  await page.locator(ids.counter).click();
  for (let i = 1; i < n; i++) await page.keyboard.press('ArrowRight');
  assert.match(await page.locator(ids.counter).innerText(), new RegExp(`Step\\s+${n}\\s*/`));
  return page;
}

/** WCAG contrast ratio of two CSS colours "rgb(r, g, b)". */
function contrast(a, b) {
  const luminance = (color) => {
    const [r, g, bl] = (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((c) => {
      const v = Number(c) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}

/** The bounding box of an element, rounded. */
const boxOf = async (locator) => {
  const box = await locator.boundingBox();
  assert.ok(box, 'the element is drawn');
  return Object.fromEntries(Object.entries(box).map(([key, value]) => [key, Math.round(value)]));
};

/** Chooses an export in the menu and gives the download's suggested name and saved bytes. */
async function download(page, format) {
  await page.locator('[data-testid="export-menu"]').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-testid="export-${format}"]`).click(),
  ]);
  const path = await file.path();
  assert.ok(path, 'the download was saved');
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

export const tests = [
  {
    name: 'present: from the keyboard, the focus goes to the presenter’s controls, then back to Present on leaving',
    async run({ newPage }) {
      const page = await openAt(newPage, 8);
      const present = page.getByTestId('present');
      await present.focus();
      await page.keyboard.press('Enter');
      const exit = page.getByRole('button', { name: 'Exit presentation' });
      await exit.waitFor();
      const inControls = () =>
        page.evaluate(() => document.activeElement?.closest('.presenter-controls') !== null);
      assert.ok(await inControls(), 'the focus is in the presenter’s controls');
      // Tab goes on to the presenter's buttons.
      await page.keyboard.press('Tab');
      assert.ok(await inControls(), 'Tab goes to a presenter’s button');
      await page.keyboard.press('Escape');
      await page.locator('.app:not(.presenting)').waitFor();
      assert.equal(
        await present.evaluate((button) => button === document.activeElement),
        true,
        'the focus is back on Present',
      );
      // P from the page, then the Exit button clicked: the focus comes back to Present too.
      await page.keyboard.press('p');
      await exit.click();
      await page.locator('.app:not(.presenting)').waitFor();
      assert.equal(await present.evaluate((button) => button === document.activeElement), true);
    },
  },
  {
    name: 'present: P shows only the step, its card and a large caption, in the projector theme; Escape leaves',
    async run({ newPage, screenshot }) {
      const page = await openAt(newPage, 8);
      await page.keyboard.press('p');
      await page.locator('.app.presenting[data-theme="projector"]').waitFor();
      // The editing chrome is gone; the presenter's controls and the step card stay.
      for (const hidden of ['.side-tabs', '[data-testid="preset-picker"]', '[data-testid="export-menu"]'])
        assert.equal(await page.locator(hidden).isVisible(), false, `${hidden} is hidden`);
      // The presenter's controls come with their chunk: at once when it was fetched ahead, else a moment later.
      await page.getByRole('button', { name: 'Exit presentation' }).waitFor();
      assert.ok(await page.locator('[data-testid="chain-rule-card"]').isVisible());
      const caption = page.locator(ids.caption);
      assert.match(await caption.innerText(), /Backward · δ³₁ · impact paths/);
      await page.locator(`${ids.caption} .katex`).first().waitFor();
      // Read from the back of the room: the caption is large, and every text at least 7:1 on its background.
      const size = await caption.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
      assert.ok(size >= 26, `the caption is ${size}px`);
      const colours = await page.evaluate(() =>
        ['.presentation-caption', '.card-title', '.card-line', '.step-caption'].map((selector) => {
          const element = document.querySelector(selector);
          let back = element;
          while (back && getComputedStyle(back).backgroundColor === 'rgba(0, 0, 0, 0)')
            back = back.parentElement;
          return [
            selector,
            getComputedStyle(element).color,
            back ? getComputedStyle(back).backgroundColor : '',
          ];
        }),
      );
      for (const [selector, fore, back] of colours)
        assert.ok(contrast(fore, back) >= 7, `${selector}: ${fore} on ${back} is ${contrast(fore, back)}:1`);
      await screenshot(page, 'present-projector');
      await page.keyboard.press('Escape');
      await page.locator('.app:not(.presenting)').waitFor();
      assert.ok(await page.locator('.side-tabs').isVisible());
    },
  },
  {
    name: 'present: on a phone, presentation mode stacks the diagram over the card (the diagram stays drawn)',
    async run({ newPage, screenshot }) {
      const page = await openAt(newPage, 8, { viewport: { width: 390, height: 844 } });
      await page.keyboard.press('p');
      await page.locator('.app.presenting').waitFor();
      const frame = await boxOf(page.locator('.diagram-frame'));
      const card = await boxOf(page.locator('.card-pane'));
      assert.ok(
        frame.width >= 380 && frame.height >= 150,
        `the diagram is ${frame.width} × ${frame.height}px`,
      );
      assert.ok(card.y >= frame.y + frame.height - 1, 'the card is below the diagram');
      assert.ok(await page.locator('[data-testid="neuron"]').first().isVisible(), 'a neuron is drawn');
      // The view glides to the smaller frame (450 ms): the picture is taken once it is there.
      await settled(page);
      await screenshot(page, 'present-phone');
    },
  },
  {
    name: 'present: + and − scale the labels and the card, and never move a neuron',
    async run({ newPage, screenshot }) {
      const page = await openAt(newPage, 12);
      await page.keyboard.press('p');
      await page.locator('.app.presenting').waitFor();
      // The diagram's pane changes width with the card: compare positions within the drawing (the viewBox).
      const layout = () =>
        page.evaluate(() =>
          [...document.querySelectorAll('[data-testid="neuron"]')].map((neuron) =>
            neuron.getAttribute('transform'),
          ),
        );
      // Sizes relative to a neuron's box, which keeps its size: the whole drawing shrinks when the card widens.
      const box = page.locator(`${ids.neuron('N:2:0')} .neuron-box`);
      const relative = async (locator) => (await boxOf(locator)).height / (await boxOf(box)).height;
      const title = page.locator('.column-title').first();
      const value = page.locator(`${ids.neuron('N:2:0')} .neuron-value`);
      const before = { layout: await layout(), title: await relative(title), value: await relative(value) };
      const cardFont = () =>
        page.locator('.card-pane').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
      const fontBefore = await cardFont();
      for (let n = 0; n < 3; n++) await page.keyboard.press('+');
      assert.equal(await page.getByTestId('label-scale').innerText(), '180%');
      const after = { layout: await layout(), title: await relative(title), value: await relative(value) };
      assert.deepEqual(after.layout, before.layout, 'no neuron moved in the drawing');
      // 120% → 180%: labels 1.5 times larger; the value as far as its box allows.
      assert.ok(
        after.title / before.title > 1.4,
        `the column title grew ${after.title / before.title} times`,
      );
      assert.ok(
        after.value / before.value > 1.2,
        `the value in the box grew ${after.value / before.value} times`,
      );
      assert.ok((await cardFont()) > fontBefore * 1.4, 'the card grew');
      await screenshot(page, 'present-labels-180');
      await page.keyboard.press('-');
      assert.equal(await page.getByTestId('label-scale').innerText(), '160%');
    },
  },
  {
    name: 'present: the spotlight keeps the current impact path at full strength and strongly dims the rest',
    async run({ newPage, screenshot }) {
      // Without transitions, the opacities read are the final ones.
      const page = await openAt(newPage, 16, { reducedMotion: 'reduce' });
      await page.keyboard.press('p');
      await page.keyboard.press('s');
      await page.locator('.app.spotlight').waitFor();
      // δ²₁ · local derivative: the path from o²₁ to o¹₁; its two ends stay, the rest recedes.
      const opacity = (selector) =>
        page.locator(selector).evaluate((element) => Number(getComputedStyle(element).opacity));
      assert.equal(await opacity('[data-testid="impact-path"]'), 1);
      assert.equal(await opacity(ids.neuron('N:1:0')), 1);
      assert.equal(await opacity(ids.neuron('N:2:0')), 1);
      for (const other of ['N:0:0', 'N:1:1', 'N:3:0'])
        assert.ok((await opacity(ids.neuron(other))) <= 0.1, other);
      assert.ok((await opacity('.loss-sheet')) <= 0.1);
      // The edges recede as whole layers; the one the path follows is drawn again on top, at full strength.
      for (const sheet of await page.locator('.edges-sheet').all())
        assert.ok(Number(await sheet.evaluate((element) => getComputedStyle(element).opacity)) <= 0.1);
      assert.equal(await opacity('[data-testid="edge-emphasis"]'), 1);
      await screenshot(page, 'present-spotlight');
      await page.keyboard.press('s');
      assert.ok((await opacity(ids.neuron('N:0:0'))) > 0.1);
    },
  },
  {
    name: 'present: B blacks the screen; any key brings the same frame back without stepping',
    async run({ newPage, screenshot }) {
      const page = await openAt(newPage, 10);
      await page.keyboard.press('p');
      await page.keyboard.press('b');
      const blackout = page.locator('[data-testid="blackout"]');
      await blackout.waitFor();
      assert.equal(
        await blackout.evaluate((element) => getComputedStyle(element).backgroundColor),
        'rgb(0, 0, 0)',
      );
      assert.deepEqual(await boxOf(blackout), { x: 0, y: 0, width: 1920, height: 1080 });
      await screenshot(page, 'present-blackout');
      await page.keyboard.press('PageDown');
      await blackout.waitFor({ state: 'detached' });
      assert.match(await page.locator(ids.counter).innerText(), /Step\s+10\s*\//);
    },
  },
  {
    name: 'present: F asks for full screen on the app; the browser grants it, or a message says what to do',
    async run({ newPage }) {
      const page = await openAt(newPage, 3);
      await page.keyboard.press('p');
      await page.keyboard.press('f');
      const outcome = await page.waitForFunction(
        () =>
          document.fullscreenElement?.id ??
          document.querySelector('[data-testid="notice"]')?.textContent ??
          null,
      );
      const value = await outcome.jsonValue();
      if (value === 'root') {
        await page.keyboard.press('f');
        await page.waitForFunction(() => document.fullscreenElement === null);
      } else assert.match(value, /Full screen was refused/);
    },
  },
  {
    name: 'export: the SVG of the frame parses and holds the current values and the card',
    async run({ newPage, screenshot }) {
      const page = await openAt(newPage, 12);
      const { name, bytes } = await download(page, 'svg');
      assert.equal(name, 'The-Example-step-12.svg');
      const svg = bytes.toString('utf8');
      const parsed = await page.evaluate((text) => {
        const document = new DOMParser().parseFromString(text, 'image/svg+xml');
        const value = (id) =>
          document.querySelector(`[data-testid="neuron"][data-id="${id}"] .neuron-value`)?.textContent ??
          null;
        return {
          errors: document.getElementsByTagName('parsererror').length,
          width: document.documentElement.getAttribute('width'),
          values: ['N:0:1', 'N:2:0', 'N:3:0'].map(value),
          text: document.documentElement.textContent,
        };
      }, svg);
      assert.equal(parsed.errors, 0);
      // Step 12 is δ³₁'s sum: o²₁ = 0, and δ³₁ = −1 stored in its box; the card's result line.
      assert.deepEqual(parsed.values, ['2000, —', '0, −1', '0, −1']);
      assert.match(parsed.text, /Learning flow δ³₁ through L³ \(ReLU\)/);
      assert.match(parsed.text, /o²₁ = 0 ≥ 0 ✓, so δ³₁ = δ⁴₁ = −1/);
      // It draws on its own, as a file: show it in a blank page.
      const viewer = await newPage();
      await viewer.setContent(`<body style="margin:0">${svg.replace(/^<\?xml[^>]*>/, '')}</body>`);
      await screenshot(viewer, 'export-frame-svg', { fullPage: true });
    },
  },
  {
    name: 'export: the PNG is the same frame at twice its size',
    async run({ newPage }) {
      const page = await openAt(newPage, 12);
      const svg = await download(page, 'svg');
      const png = await download(page, 'png');
      assert.equal(png.name, 'The-Example-step-12.png');
      const sizes = await page.evaluate(
        async ([svgText, pngBase64]) => {
          const frame = new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement;
          const bytes = Uint8Array.from(atob(pngBase64), (c) => c.charCodeAt(0));
          const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
          return {
            frame: [Number(frame.getAttribute('width')), Number(frame.getAttribute('height'))],
            png: [bitmap.width, bitmap.height],
          };
        },
        [svg.bytes.toString('utf8'), png.bytes.toString('base64')],
      );
      assert.ok(sizes.frame[0] > 0 && sizes.frame[1] > 0);
      assert.deepEqual(sizes.png, [sizes.frame[0] * 2, sizes.frame[1] * 2]);
    },
  },
  {
    name: 'export: the LaTeX derivation and the model JSON download, named after the title',
    async run({ newPage }) {
      const page = await openAt(newPage, 1);
      const tex = await download(page, 'tex');
      assert.equal(tex.name, 'The-Example-derivation.tex');
      const text = tex.bytes.toString('utf8');
      assert.match(text, /\\documentclass\{article\}/);
      assert.match(text, /sample 3 of the dataset/);
      assert.match(text, /\\subsection\*\{Weight gradient \$\\delta w\^\{2,1\}_\{3\}\$\}/);
      const json = await download(page, 'json');
      assert.equal(json.name, 'The-Example.json');
      const model = JSON.parse(json.bytes.toString('utf8'));
      assert.equal(model.format, 'neural-structure');
      assert.equal(model.title, 'The Example');
    },
  },
];
