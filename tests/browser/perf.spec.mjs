// What keeps the stepper light in real Chromium: the side panels, the exporters and d3-zoom come in their own chunks
// when first needed (and then work), the card scrolls the lines a stage adds into view without measuring the page in
// the middle of a step, and the diagram fills its pane.
import assert from 'node:assert/strict';
import { eventually } from './eventually.mjs';
import { pressUntil } from './keys.mjs';
import { deepModelFile, saveWork } from './models.mjs';

const ids = {
  counter: '[data-testid="step-counter"]',
  caption: '[data-testid="step-caption"]',
  zoomIn: 'button[aria-label="Zoom in"]',
  reset: 'button:has-text("Reset view")',
};

/** Chunks the first frame must not load: they come when their feature is first used. */
const lazyChunks = /\/assets\/(EditPanel|DataPanel|TrainPanel|ValuesTable|exports|zoomBehaviour)-[\w-]+\.js$/;

/** Opens the app on saved work holding `modelFile` (the app restores it at start-up), or on the Example. */
async function openApp(newPage, modelFile = null) {
  const page = await newPage();
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  if (modelFile) await saveWork(page, modelFile);
  const response = await page.goto('/');
  assert.ok(response?.ok(), `GET / answered ${response?.status()}`);
  await page.locator(ids.counter).waitFor();
  return { page, requested };
}

/**
 * How much of what a stage added is out of view in the card's pane, in CSS pixels (0: all shown): its new lines, or
 * the top of the first one when they are taller than what shows (the card shows the start of what was added first).
 * What shows is the pane under its tabs and the step's caption, which stick at its top.
 */
const freshLinesHidden = (page) =>
  page.evaluate(() => {
    const fresh = [...document.querySelectorAll('.card-line.is-fresh')];
    const pane = document.querySelector('.card-pane')?.getBoundingClientRect();
    const first = fresh[0]?.getBoundingClientRect();
    const last = fresh.at(-1)?.getBoundingClientRect();
    if (!pane || !first || !last) return Infinity;
    const tabs = document.querySelector('[role="tablist"]')?.getBoundingClientRect().bottom ?? pane.top;
    const caption = document.querySelector('.card-pane .step-caption-bar')?.getBoundingClientRect();
    const top = caption && caption.top <= tabs + 1 ? caption.bottom : tabs;
    const above = Math.max(0, top - first.top);
    const below = Math.max(0, last.bottom - pane.bottom);
    return last.bottom - first.top <= pane.bottom - top ? above + below : above;
  });

/** The stages of a δ, in order, after its goal. */
const stages = ['impact paths', 'impact formula', 'local derivative', 'chain-rule terms', 'sum'];

/** Jumps to the start of the backward pass: δ⁸₁ on 8 × 16, whose 16 impact paths make a card taller than its pane. */
async function startBackward(page) {
  await page.keyboard.press(']');
  await page.keyboard.press(']');
  await eventually(
    () => page.locator(ids.caption).innerText(),
    (text) => assert.match(text, /δ⁸₁ · goal/),
    'the backward pass starts on δ⁸₁',
  );
}

/** Steps to the next stage, named `stage`. */
async function toStage(page, stage) {
  await page.keyboard.press('ArrowRight');
  await eventually(
    () => page.locator(ids.caption).innerText(),
    (text) => assert.ok(text.endsWith(stage), text),
    `the stepper reaches "${stage}"`,
  );
}

/** True once every table of terms in the card has its rows (their code is lazy). */
const tablesFilled = (page) => () =>
  page.evaluate(() =>
    [...document.querySelectorAll('.card-table-line')].every((line) => line.querySelector('tr') !== null),
  );

/** Waits until the lines `stage` added are in view in the card's pane. */
const freshLinesShow = (page, stage) =>
  eventually(
    () => freshLinesHidden(page),
    (hidden) => assert.ok(hidden <= 1, `${hidden}px of the new lines are out of view`),
    `the lines "${stage}" adds are scrolled into view`,
  );

export const tests = [
  {
    name: 'perf: on 8 × 16, the one-step phases (Loss, Update) have markers wide enough to see and click',
    async run({ newPage }) {
      const { page } = await openApp(newPage, deepModelFile());
      const markers = page.locator('.phase-marker');
      const widths = await markers.evaluateAll((all) =>
        all.map((marker) => [marker.dataset.phase, marker.getBoundingClientRect().width]),
      );
      const narrow = widths.filter(([, width]) => width < 8);
      assert.deepEqual(narrow, [], 'no phase marker is narrower than 8px');
      await page.locator('.phase-marker[data-phase="loss"]').click();
      await eventually(
        () => page.locator(ids.caption).innerText(),
        (caption) => assert.match(caption, /^Loss/),
        'the Loss marker goes to the loss step',
      );
    },
  },
  {
    name: 'perf: the first frame loads no side panel, exporter or d3-zoom; each comes when first used, and works',
    async run({ newPage }) {
      const { page, requested } = await openApp(newPage);
      await page.locator('[data-testid="chain-rule-card"]').waitFor();
      const atStart = requested.filter((path) => lazyChunks.test(path) && !/zoomBehaviour/.test(path));
      assert.deepEqual(atStart, [], 'no panel or exporter chunk before it is used');

      for (const [tab, content] of [
        ['tab-edit', 'edit-panel'],
        ['tab-data', 'data-panel'],
        ['tab-train', 'train-panel'],
        ['tab-values', 'values'],
      ]) {
        await page.locator(`[data-testid="${tab}"]`).click();
        await page.locator(`[data-testid="${content}"]`).waitFor();
      }
      for (const chunk of ['EditPanel', 'DataPanel', 'TrainPanel', 'ValuesTable'])
        assert.ok(
          requested.some((path) => path.includes(`/assets/${chunk}-`)),
          `the ${chunk} chunk was loaded`,
        );
    },
  },
  {
    name: 'perf: pan and zoom work once d3-zoom has come in its own chunk',
    async run({ newPage }) {
      const { page, requested } = await openApp(newPage);
      const zoomIn = page.locator(ids.zoomIn);
      await eventually(
        () => zoomIn.isEnabled(),
        (enabled) => assert.ok(enabled),
        'the zoom buttons are enabled once d3-zoom is loaded',
      );
      assert.ok(requested.some((path) => path.includes('/assets/zoomBehaviour-')));
      const transform = () => page.locator('.diagram-viewport').evaluate((g) => g.style.transform);
      await zoomIn.click();
      await eventually(transform, (value) => assert.match(value, /scale\(1\.4\)/), 'Zoom in scales by 1.4');
      await page.locator(ids.reset).click();
      await eventually(
        transform,
        (value) => assert.equal(value, 'translate(0px, 0px) scale(1)'),
        'Reset view shows the whole network',
      );
    },
  },
  {
    name: 'perf: on 8 × 16, each stage of a δ with 16 impact paths scrolls its new lines into the card',
    timeout: 60_000,
    async run({ newPage, screenshot }) {
      const { page } = await openApp(newPage, deepModelFile());
      assert.equal(await page.locator('[data-testid="neuron"]').count(), 9 * 16);
      const tabsAt = async () => (await page.locator('.side-tabs').boundingBox())?.y;
      const tabs = await tabsAt();
      await startBackward(page);
      for (const stage of stages) {
        await toStage(page, stage);
        await eventually(
          tablesFilled(page),
          (filled) => assert.ok(filled),
          'the term tables have their rows',
        );
        await freshLinesShow(page, stage);
      }
      const pane = await page
        .locator('.card-pane')
        .evaluate((element) => ({ scrollTop: element.scrollTop, page: window.scrollY }));
      assert.ok(pane.scrollTop > 0, 'the card pane scrolled');
      assert.equal(pane.page, 0, 'the page itself did not scroll');
      assert.equal(await tabsAt(), tabs, 'the tabs over the card stayed where they were');
      await screenshot(page, 'perf-deep-sum');
    },
  },
  {
    name: 'perf: on 8 × 16, lines that grow once shown (a term table whose code came late) are revealed again',
    timeout: 60_000,
    async run({ newPage }) {
      // The code of the term tables is held back until the sum of δ⁸₁ is on screen, as on a slow connection.
      let release = () => undefined;
      const held = new Promise((resolve) => (release = resolve));
      const page = await newPage();
      await page.route(/\/assets\/TableContent-[\w-]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await openApp(() => page, deepModelFile());
      await startBackward(page);
      for (const stage of stages) await toStage(page, stage);
      await freshLinesShow(page, 'sum');
      assert.equal(await tablesFilled(page)(), false, 'the table of terms is still on its way');
      // The table above the sum comes: it pushes the sum down, out of the pane, and the card follows it.
      release();
      await eventually(tablesFilled(page), (filled) => assert.ok(filled), 'the table of terms came');
      await freshLinesShow(page, 'sum');
    },
  },
  {
    name: 'perf: on 8 × 16, a path label that would cover another hides until its path is in focus',
    timeout: 60_000,
    async run({ newPage, screenshot }) {
      const { page } = await openApp(newPage, deepModelFile());
      // δ⁸₁, the first δ of the backward pass: 16 impact paths, labelled with their terms at the terms stage.
      await page.keyboard.press(']');
      await page.keyboard.press(']');
      for (let n = 0; n < 4; n++) await page.keyboard.press('ArrowRight');
      await eventually(
        () => page.locator(ids.caption).innerText(),
        (text) => assert.match(text, /δ⁸₁ · chain-rule terms/),
        'the stepper shows the terms of δ⁸₁',
      );
      // The card's sentences wrap between their words and formulas: no line is wider than the card.
      const overflowing = await page
        .locator('.card-line:not(.card-table-line)')
        .evaluateAll((lines) => lines.filter((line) => line.scrollWidth > line.clientWidth + 1).length);
      assert.equal(overflowing, 0, 'no line of the card is cut at its right edge');
      /** Each label's term, whether it shows, and its box on screen. */
      const labels = () =>
        page.locator('.impact-label').evaluateAll((elements) =>
          elements.map((element, term) => {
            const box = element.getBoundingClientRect();
            const shown = getComputedStyle(element).visibility === 'visible';
            return { term, shown, box: { x: box.x, y: box.y, width: box.width, height: box.height } };
          }),
        );
      const before = await labels();
      assert.equal(before.length, 16, 'one label per impact path');
      const hidden = before.filter((label) => !label.shown);
      assert.ok(hidden.length > 0 && hidden.length < 16, `some labels collapse (${hidden.length} of 16)`);
      const shown = before.filter((label) => label.shown);
      const apart = (a, b) =>
        a.x + a.width <= b.x + 1 ||
        b.x + b.width <= a.x + 1 ||
        a.y + a.height <= b.y + 1 ||
        b.y + b.height <= a.y + 1;
      shown.forEach((label, n) =>
        shown
          .slice(n + 1)
          .forEach((other) =>
            assert.ok(
              apart(label.box, other.box),
              `the labels of terms ${label.term} and ${other.term} overlap`,
            ),
          ),
      );
      const term = hidden[0].term;
      await page.locator(`[data-testid="impact-path"][data-term="${term}"]`).focus();
      await eventually(
        async () => (await labels())[term]?.shown,
        (visible) => assert.equal(visible, true),
        'the label of the path in focus shows',
      );
      await screenshot(page, 'perf-deep-collapsed-label');
    },
  },
  {
    name: 'perf: on 8 × 16, the column titles stay at the top of the frame while the view follows the step down',
    timeout: 60_000,
    async run({ newPage, screenshot }) {
      const { page } = await openApp(newPage, deepModelFile());
      /** The frame, the zoom buttons and the column titles that are in the frame, as boxes on screen. */
      const boxes = () =>
        page.evaluate(() => {
          const box = (element) => {
            const { x, y, width, height } = element.getBoundingClientRect();
            return { x, y, width, height };
          };
          const frame = box(document.querySelector('.diagram-frame'));
          const titles = [...document.querySelectorAll('[data-testid="column-title"]')]
            .map(box)
            .filter((title) => title.x + title.width > frame.x && title.x < frame.x + frame.width);
          const stuck = document.querySelector('.diagram-header')?.classList.contains('is-stuck') ?? false;
          return { frame, titles, stuck, zoom: box(document.querySelector('.diagram-zoom')) };
        });
      const at = await boxes();
      assert.ok(!at.stuck, 'at the first step the titles are where the drawing has them');
      // Down the second column of 16: o²₁₂ is far below the titles.
      await pressUntil(page, 'ArrowRight', /o²₁₂$/);
      await eventually(
        boxes,
        ({ frame, titles, stuck, zoom }) => {
          assert.ok(stuck, 'the titles stay at the top');
          assert.ok(titles.length >= 2, `${titles.length} column titles in the frame`);
          for (const title of titles) {
            assert.ok(
              title.y >= frame.y - 1 && title.y + title.height <= frame.y + 70,
              JSON.stringify(title),
            );
            const apart =
              title.x + title.width <= zoom.x ||
              title.x >= zoom.x + zoom.width ||
              title.y + title.height <= zoom.y ||
              title.y >= zoom.y + zoom.height;
            assert.ok(
              apart,
              `the zoom buttons ${JSON.stringify(zoom)} cover a title ${JSON.stringify(title)}`,
            );
          }
        },
        'the column titles are at the top of the frame, clear of the zoom buttons',
      );
      await screenshot(page, 'perf-deep-sticky-titles');
      await page.keyboard.press('Home');
      await eventually(
        boxes,
        ({ stuck }) => assert.ok(!stuck),
        'back at the top, the titles are in place again',
      );
    },
  },
  {
    name: 'perf: the diagram fills its pane, at a laptop size and on a narrow screen',
    async run({ newPage }) {
      for (const viewport of [
        { width: 1280, height: 800 },
        { width: 700, height: 900 },
      ]) {
        const page = await newPage({ viewport });
        await page.goto('/');
        await page.locator(ids.counter).waitFor();
        const sizes = await page.evaluate(() => {
          const rect = (selector) => document.querySelector(selector)?.getBoundingClientRect();
          const [pane, svg] = [rect('.diagram-pane'), rect('.diagram-frame')];
          return { pane: [pane?.width, pane?.height], svg: [svg?.width, svg?.height] };
        });
        const [paneWidth = 0, paneHeight = 0] = sizes.pane;
        const [svgWidth = 0, svgHeight = 0] = sizes.svg;
        assert.ok(paneHeight > 250, `the diagram pane is ${paneHeight}px high at ${viewport.width}px`);
        assert.ok(
          Math.abs(svgWidth - paneWidth) <= 1,
          `the drawing is as wide as its pane (${JSON.stringify(sizes)})`,
        );
        assert.ok(svgHeight >= paneHeight * 0.8, `the drawing fills its pane (${JSON.stringify(sizes)})`);
      }
    },
  },
];
