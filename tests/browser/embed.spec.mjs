// The embed in real Chromium: inside a cross-origin iframe with sandbox="allow-scripts allow-popups" (the host
// page comes from a second tiny server on another port, so another origin), it answers the page's commands,
// sends its events and its height, runs without storage; its range, controls and themes; the single
// self-contained file; the demo page. (A host page made up with page.route would not do: Chromium's local
// network access checks block a page of no known address from framing 127.0.0.1.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import lzString from 'lz-string';
import { eventually as poll, settled } from './eventually.mjs';
/** Polls like `eventually`, with this spec's longer default wait of 8000 ms. */
const eventually = (read, check, message, timeout = 8000) => poll(read, check, message, timeout);

const root = resolve(new URL('../..', import.meta.url).pathname);
const distDir = resolve(root, process.env.DIST_DIR ?? 'dist');
const example = JSON.parse(readFileSync(join(root, 'src/presets/example.json'), 'utf8'));
const linkOf = (model, view) =>
  `#v1=${lzString.compressToEncodedURIComponent(JSON.stringify({ model, view }))}`;

/** A small model for the `load` command. */
const oneWeight = {
  format: 'neural-structure',
  version: 1,
  title: 'One weight',
  layers: [
    { kind: 'input1d', size: 1 },
    { kind: 'linear', size: 1, weights: [[0.5]] },
  ],
  loss: 'halfSquaredError',
  dataset: [{ x: [2], y: [3] }],
  learningRate: 0.1,
  batchSize: 1,
};

/**
 * The host page: an iframe on `src` (`width` × `height`, sized from its `resize` events when `resize`), every message
 * it receives recorded, `send(command)` to post one.
 */
const hostPage = (src, sandbox, { width = 800, height = 300, resize = true } = {}) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title></head>
<body style="margin:0;background:#ddd">
<iframe id="embed" title="Backpropagation step by step" sandbox="${sandbox}" width="${width}" height="${height}"
  style="border:0;display:block" src="${src}"></iframe>
<script>
  const frame = document.getElementById('embed');
  window.received = [];
  window.addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow) return;
    window.received.push(event.data);
    if (${resize} && event.data && event.data.type === 'neural-structure:resize')
      frame.style.height = event.data.height + 'px';
  });
  window.send = (command) => frame.contentWindow.postMessage(command, '*');
</script>
</body></html>`;

/** Serves `html` at the root of a server on another port of 127.0.0.1 (another origin); gives its address and stop. */
async function hostServer(html) {
  const server = createServer((request, response) => {
    if (request.url !== '/') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, stop: () => new Promise((done) => server.close(done)) };
}

/** Opens a host page of another origin, which embeds `path` of the app in a sandboxed iframe. */
async function openHost(
  newPage,
  baseURL,
  path,
  { sandbox = 'allow-scripts allow-popups', frameSize, ...options } = {},
) {
  const page = await newPage(options);
  const src = new URL(path, baseURL).href;
  const host = await hostServer(hostPage(src, sandbox, frameSize));
  assert.notEqual(new URL(host.url).origin, new URL(src).origin, 'the host page is of another origin');
  // The server goes with the page (the runner closes every page after its test).
  page.on('close', () => void host.stop());
  await page.goto(host.url);
  const frame = page.frameLocator('#embed');
  return { page, frame };
}

/** The messages the host received so far, and those of one type. */
const received = (page) => page.evaluate(() => window.received);
const ofType = (messages, name) => messages.filter((m) => m?.type === `neural-structure:${name}`);

/** Sends a command and waits until the host has received `count` more messages of `name` (0: waits briefly). */
async function command(page, data, name, count = 1) {
  const before = ofType(await received(page), name).length;
  await page.evaluate((message) => window.send(message), data);
  if (count === 0) {
    await page.waitForTimeout(300);
    return ofType(await received(page), name).slice(before);
  }
  const all = await eventually(
    () => received(page),
    (messages) => assert.ok(ofType(messages, name).length >= before + count),
    `the embed answers ${JSON.stringify(data).slice(0, 80)} with "${name}"`,
  );
  return ofType(all, name).slice(before);
}

const counterText = async (frame) =>
  (await frame.locator('[data-testid="step-counter"]').innerText()).replace(/\s+/g, ' ').trim();

/** Opens the embed with the full controls at a step, in a frame of `width` × `height` that keeps its size. */
async function openFullControls(newPage, baseURL, { width, height }, step) {
  const opened = await openHost(newPage, baseURL, `embed.html?controls=full&step=${step}`, {
    frameSize: { width, height, resize: false },
    viewport: { width: 1000, height: 800 },
  });
  await opened.frame.locator('.katex').first().waitFor();
  return opened;
}

/** How far the frame scrolls down and sideways, and the boxes of the stepper's parts, the options and the card. */
const partsOf = (frame) =>
  frame.locator('html').evaluate((html) => {
    const box = (selector) => {
      const { top, bottom, left, right } = document.querySelector(selector).getBoundingClientRect();
      return { top, bottom, left, right };
    };
    return {
      scroll: html.scrollHeight - html.clientHeight,
      sideways: html.scrollWidth - html.clientWidth,
      stepper: ['.transport', '.embed-scrubber', '.embed-counter'].map(box),
      options: box('.embed-options'),
      card: box('.embed-card'),
    };
  });

/** The stepper's parts as rows from top to bottom, for messages. */
const rowsOf = (stepper) =>
  stepper.map(({ top, bottom }) => `${Math.round(top)}–${Math.round(bottom)}`).join(', ');

/** The stepper takes one row: the counter beside the buttons and the scrubber. */
function assertOneRow(stepper, where) {
  assert.ok(
    stepper.every((part) => part.top < stepper[0].bottom),
    `${where}, the stepper takes more than one row (${rowsOf(stepper)})`,
  );
}

/** The frame's viewport height, whether its document scrolls, and the boxes of the drawing, the card and the controls. */
const layoutOf = (frame) =>
  frame.locator('html').evaluate((html) => {
    const box = (selector) => {
      const { top, bottom, left, right, height } = document.querySelector(selector).getBoundingClientRect();
      return { top, bottom, left, right, height };
    };
    return {
      viewport: window.innerHeight,
      scrolls: html.scrollHeight > html.clientHeight + 1,
      drawing: box('.diagram-frame'),
      card: box('.embed-card'),
      stepper: box('.embed-controls'),
      // The stepper's row and, with full controls, the options under it.
      controls: document.querySelector('.embed-options')
        ? { ...box('.embed-controls'), bottom: box('.embed-options').bottom }
        : box('.embed-controls'),
    };
  });

/** The height of the last `resize` event, once one came. */
async function reportedHeight(page) {
  const messages = await eventually(
    () => received(page),
    (m) => assert.ok(ofType(m, 'resize').length >= 1),
    'resize',
  );
  return ofType(messages, 'resize').at(-1).height;
}

export const tests = [
  {
    name: 'embed: in a cross-origin sandboxed iframe it answers goto, next, prev, select and load and sends its events',
    // Commands the embed refuses are written to its console as warnings, which are fine.
    async run({ newPage, baseURL, screenshot }) {
      const { page, frame } = await openHost(newPage, baseURL, 'embed.html?controls=minimal');
      const start = await eventually(
        () => received(page),
        (messages) => assert.ok(ofType(messages, 'step').length >= 1),
        'the embed says it is ready',
      );
      assert.deepEqual(start.slice(0, 2), [
        { type: 'neural-structure:ready', version: 1, total: 58 },
        { type: 'neural-structure:step', index: 0, total: 58, phase: 'forward', label: 'o^1_1' },
      ]);
      assert.equal(ofType(start, 'ready').length, 1, 'ready is sent once');

      const [goto] = await command(page, { type: 'neural-structure:goto', step: 11 }, 'step');
      assert.deepEqual(goto, {
        type: 'neural-structure:step',
        index: 11,
        total: 58,
        phase: 'backward',
        label: 'δ^3_1 · sum',
      });
      assert.match(await frame.locator('[data-testid="step-caption"]').innerText(), /δ³₁/);
      assert.equal(await counterText(frame), 'Step 12 / 58');
      assert.equal((await command(page, { type: 'neural-structure:next' }, 'step'))[0].index, 12);
      assert.equal((await command(page, { type: 'neural-structure:prev', version: 1 }, 'step'))[0].index, 11);

      const [selected] = await command(page, { type: 'neural-structure:select', neuron: 'N:2:0' }, 'select');
      assert.deepEqual(selected, { type: 'neural-structure:select', neuron: 'N:2:0' });
      // Refused: a neuron the model lacks, a bad step, an unknown command. Nothing changes, nothing is sent.
      assert.deepEqual(
        await command(page, { type: 'neural-structure:select', neuron: 'N:9:9' }, 'select', 0),
        [],
      );
      assert.deepEqual(await command(page, { type: 'neural-structure:goto', step: '3' }, 'step', 0), []);
      assert.deepEqual(await command(page, { type: 'neural-structure:jump' }, 'step', 0), []);
      assert.equal(await counterText(frame), 'Step 12 / 58');

      const [loaded] = await command(page, { type: 'neural-structure:load', model: oneWeight }, 'step');
      assert.equal(loaded.index, 0);
      assert.ok(loaded.total > 0 && loaded.total !== 58, `a new total (${loaded.total})`);
      assert.equal(await frame.locator('[data-testid="model-title"]').innerText(), 'One weight');
      assert.deepEqual(
        await command(
          page,
          { type: 'neural-structure:load', model: { ...oneWeight, layers: [] } },
          'step',
          0,
        ),
        [],
        'a model with problems is refused',
      );

      // The height: reported, whole, and the iframe sized from it.
      const resizes = ofType(await received(page), 'resize');
      assert.ok(resizes.length >= 1, 'the embed reports its height');
      const { height } = resizes.at(-1);
      assert.ok(Number.isInteger(height) && height > 300, `a plausible height (${height})`);
      const frameHeight = await page.locator('#embed').evaluate((element) => element.clientHeight);
      assert.equal(frameHeight, height);
      const content = await frame
        .locator('html')
        .evaluate((element) => element.getBoundingClientRect().height);
      assert.ok(Math.abs(content - height) <= 1, `the whole embed shows (${content} vs ${height})`);

      // Storage is unavailable in this sandbox, and the embed never needed it (no error was logged).
      const storage = await frame.locator('html').evaluate(() => {
        try {
          return typeof window.localStorage.length;
        } catch (error) {
          return error.name;
        }
      });
      assert.equal(storage, 'SecurityError');
      await screenshot(page, 'embed-in-host');
    },
  },
  ...[
    [800, 700, 'minimal'],
    [800, 700, 'full'],
    [940, 450, 'minimal'],
    [940, 450, 'full'],
  ].map(([width, height, controls]) => ({
    name: `embed: a ${width} × ${height} frame (${width === 800 ? "the embed code's size" : 'short and wide'}), ${controls} controls, shows it all unscrolled; the height it reports does not depend on the frame's`,
    async run({ newPage, baseURL, screenshot }) {
      const path = `embed.html?controls=${controls}&step=10`;
      const fixed = await openHost(newPage, baseURL, path, {
        frameSize: { width, height, resize: false },
        viewport: { width: 1000, height: 800 },
      });
      await fixed.frame.locator('.katex').first().waitFor();
      const natural = await reportedHeight(fixed.page);
      const parts = await layoutOf(fixed.frame);
      assert.equal(parts.viewport, height, "the frame keeps the page's height");
      assert.ok(!parts.scrolls, 'nothing scrolls out of the frame');
      for (const name of ['drawing', 'card', 'controls']) {
        const { top, bottom } = parts[name];
        assert.ok(top >= 0 && bottom <= height + 1, `the ${name} is in the frame (${top}–${bottom})`);
      }
      assert.ok(parts.drawing.height >= 150, `the drawing has room (${parts.drawing.height})`);
      assert.ok(parts.card.height >= 110, `the card has room (${parts.card.height})`);
      if (width > height * 1.5)
        assert.ok(
          parts.card.left >= parts.drawing.right - 1 && Math.abs(parts.card.top - parts.drawing.top) <= 1,
          'a short wide frame keeps the card beside the drawing',
        );
      else assert.ok(parts.card.top >= parts.drawing.bottom - 1, 'the card is under the drawing');
      await screenshot(fixed.page, `embed-fixed-${width}x${height}-${controls}`);

      // A page that sizes the frame from its events gets the same height, and the embed then fills it exactly.
      const sized = await openHost(newPage, baseURL, path, { frameSize: { width, height } });
      await sized.frame.locator('.katex').first().waitFor();
      assert.ok(Math.abs((await reportedHeight(sized.page)) - natural) <= 1, 'the same height');
      await eventually(
        () => layoutOf(sized.frame),
        (layout) => assert.equal(layout.viewport, natural),
        'the page sized the frame',
      );
      assert.ok(!(await layoutOf(sized.frame)).scrolls, 'sized, nothing scrolls');
    },
  })),
  ...[
    [400, 600],
    [360, 640],
  ].map(([width, height]) => ({
    name: `embed: a phone-sized ${width} × ${height} frame with full controls shows them all, and follows the step at a readable size`,
    async run({ newPage, baseURL, screenshot }) {
      const { page, frame } = await openHost(newPage, baseURL, 'embed.html?controls=full&step=15', {
        frameSize: { width, height, resize: false },
        viewport: { width: 1000, height: 800 },
      });
      await frame.locator('.katex').first().waitFor();
      const parts = await layoutOf(frame);
      assert.ok(!parts.scrolls, 'nothing scrolls out of the frame');
      assert.ok(
        parts.controls.bottom <= height + 1,
        `the controls are in the frame (${parts.controls.bottom})`,
      );
      // The δ's neuron: its value is drawn larger than in the whole picture (where the Example's is about 8px high).
      const value = frame.locator('[data-testid="neuron"].is-active .neuron-value');
      // Read once the view has settled (it moves with a transition): the same height twice, 150ms apart.
      const drawn = async () => {
        const first = (await value.boundingBox())?.height;
        await page.waitForTimeout(150);
        const second = (await value.boundingBox())?.height;
        return first === second ? (second ?? 0) : 0;
      };
      const followed = await eventually(
        drawn,
        (height) => assert.ok(height >= 11, `the active neuron's value is ${height}px high`),
        'Follow step zooms in',
      );
      await frame.getByRole('button', { name: 'Reset view' }).click();
      await eventually(
        drawn,
        (whole) => assert.ok(followed >= whole * 1.3, `followed ${followed}px, whole ${whole}px`),
        'Reset view shows the whole network',
      );
      await screenshot(page, `embed-phone-${width}x${height}`);
    },
  })),
  {
    name: 'embed: a frame shorter than the embed (480 × 280, full controls) scrolls under the stepper, which stays in it',
    async run({ newPage, baseURL, screenshot }) {
      const [width, height] = [480, 280];
      const { page, frame } = await openFullControls(newPage, baseURL, { width, height }, 15);
      const parts = () => partsOf(frame);
      const top = await parts();
      assert.ok(top.scroll > 0, 'the embed is taller than this frame');
      assert.ok(top.sideways <= 0, `the frame scrolls ${top.sideways}px sideways`);
      for (const part of top.stepper)
        assert.ok(
          part.top >= 0 && part.bottom <= height + 1,
          `at the top, the stepper is at ${rowsOf(top.stepper)}`,
        );
      assertOneRow(top.stepper, 'at the top');
      await screenshot(page, 'embed-short-full-top');
      // Scrolled to the end: the card's formula and the options show, the stepper still in the frame.
      await frame.locator('html').evaluate((html) => html.scrollTo(0, html.scrollHeight));
      const end = await parts();
      for (const part of end.stepper)
        assert.ok(
          part.top >= 0 && part.bottom <= height + 1,
          `at the end, the stepper is at ${rowsOf(end.stepper)}`,
        );
      assert.ok(end.options.bottom <= height + 1, `at the end, the options end at ${end.options.bottom}`);
      const shown = Math.min(end.card.bottom, end.stepper[0].top) - Math.max(end.card.top, 0);
      // The card at its floor in a short frame (4.5rem, embed.css).
      assert.ok(shown >= 70, `at the end, ${Math.round(shown)}px of the card show above the stepper`);
      await screenshot(page, 'embed-short-full-end');
    },
  },
  {
    name: 'embed: a 560 × 540 frame with the full controls keeps the counter on the stepper’s row and does not scroll',
    async run({ newPage, baseURL, screenshot }) {
      const { page, frame } = await openFullControls(newPage, baseURL, { width: 560, height: 540 }, 20);
      const layout = await partsOf(frame);
      assertOneRow(layout.stepper, 'at 560 × 540');
      assert.ok(layout.scroll <= 0, `the frame scrolls by ${layout.scroll}px`);
      await screenshot(page, 'embed-560x540-full');
    },
  },
  // Between the video-sized frames (up to 480px high) and the designed floors (from 641px), down to 400px wide, where
  // the full controls take up to four rows: a taller frame never scrolls where a shorter one did not.
  ...[
    [400, 481],
    [400, 560],
    [400, 600],
    [480, 500],
    [560, 500],
    [640, 640],
    [700, 500],
  ].map(([width, height]) => ({
    name: `embed: a ${width} × ${height} frame with the full controls does not scroll, its controls all in it`,
    async run({ newPage, baseURL, screenshot }) {
      const { page, frame } = await openFullControls(newPage, baseURL, { width, height }, 20);
      const layout = await layoutOf(frame);
      assert.ok(!layout.scrolls, `at ${width} × ${height}, the frame scrolls`);
      assert.ok(layout.controls.bottom <= height + 1, `the controls end at ${layout.controls.bottom}`);
      // The step's neuron shows whole under the column titles.
      const [band, neuron] = await Promise.all(
        ['.diagram-frame .titles-band', '[data-testid="neuron"].is-active .neuron-box'].map((selector) =>
          frame.locator(selector).boundingBox(),
        ),
      );
      assert.ok(
        neuron.y >= band.y + band.height - 1 && neuron.y + neuron.height <= layout.drawing.bottom + 1,
        `the step's neuron at ${neuron.y}–${neuron.y + neuron.height}, under titles ending at ${band.y + band.height}, in a drawing ending at ${layout.drawing.bottom}`,
      );
      assert.ok(layout.card.bottom <= layout.stepper.top + 1, 'the card is above the controls');
      if (width === 400 && height === 481) await screenshot(page, 'embed-400x481-full');
    },
  })),
  {
    name: 'embed: at the Loss step in an 800 × 600 frame (the card under the drawing), both outputs and the Loss box show whole under the stuck titles',
    async run({ newPage, baseURL, screenshot }) {
      const { page, frame } = await openHost(
        newPage,
        baseURL,
        'embed.html?theme=dark&controls=minimal&preset=activation&step=6',
        { frameSize: { width: 800, height: 600, resize: false }, viewport: { width: 1000, height: 800 } },
      );
      await frame.locator('.katex').first().waitFor();
      assert.match(await frame.getByTestId('step-caption').innerText(), /^Loss/);
      const parts = () =>
        frame.locator('html').evaluate(() => {
          const box = (element) => {
            const { top, bottom, left, right } = element.getBoundingClientRect();
            return { top, bottom, left, right };
          };
          const band = document.querySelector('.diagram-frame .titles-band');
          return {
            frame: box(document.querySelector('.diagram-frame')),
            under: band ? box(band).bottom : null,
            boxes: [
              ...document.querySelectorAll(
                '.diagram-frame .neuron.is-involved .neuron-box, .diagram-frame .loss-box',
              ),
            ].map(box),
          };
        });
      // Read once the view has settled: the same boxes twice, 150ms apart.
      const settled = async () => {
        const first = JSON.stringify(await parts());
        await page.waitForTimeout(150);
        const second = await parts();
        return first === JSON.stringify(second) ? second : null;
      };
      await eventually(
        settled,
        (layout) => {
          assert.ok(layout, 'the view is still moving');
          assert.equal(layout.boxes.length, 3, 'the two outputs (involved) and the Loss box');
          const top = layout.under ?? layout.frame.top;
          for (const box of layout.boxes) {
            const at = `a box at ${Math.round(box.top)}–${Math.round(box.bottom)}`;
            assert.ok(box.top >= top - 0.5, `${at} is under the titles (to ${Math.round(top)})`);
            assert.ok(box.bottom <= layout.frame.bottom + 0.5, `${at} is cut at the frame's bottom`);
            assert.ok(
              box.left >= layout.frame.left && box.right <= layout.frame.right,
              `${at} is cut at a side`,
            );
          }
        },
        'the Loss step framed',
      );
      await screenshot(page, 'embed-loss-800x600');
    },
  },
  {
    name: 'embed: at 400px wide the heading keeps its height from step to step (a long caption is cut, not wrapped), light and projector themes',
    async run({ newPage, baseURL, screenshot }) {
      for (const theme of ['light', 'projector']) {
        const { page, frame } = await openHost(
          newPage,
          baseURL,
          `embed.html?controls=minimal&theme=${theme}`,
          {
            frameSize: { width: 400, height: 600, resize: false },
            viewport: { width: 1000, height: 800 },
          },
        );
        await frame.locator('.katex').first().waitFor();
        const heights = new Map();
        for (let step = 1; step <= 12; step++) {
          const caption = await frame.getByTestId('step-caption').innerText();
          const header = await frame
            .locator('.embed-header')
            .evaluate((element) => element.getBoundingClientRect().height);
          heights.set(Math.round(header), caption);
          if (/^Loss/.test(caption)) await screenshot(page, `embed-400-caption-${theme}`);
          await frame.getByRole('button', { name: 'Next step' }).click();
          await eventually(
            () => frame.getByTestId('step-caption').innerText(),
            (text) => assert.notEqual(text, caption),
            'the next step',
          );
        }
        assert.equal(heights.size, 1, `${theme}: the heading's heights ${JSON.stringify([...heights])}`);
        await page.close();
      }
    },
  },
  // 400 × 600: a phone-sized frame; the others are the sizes of a video (16:9 and 4:3), where the chrome is smaller.
  ...[
    [400, 600],
    [560, 315],
    [480, 360],
    [640, 360],
  ].map(([width, height]) => ({
    name: `embed: at ${width} × ${height}, the card shows each step's fresh lines without a scroll of the frame, its title and stages never cut across at its top`,
    timeout: 90_000,
    async run({ newPage, baseURL, screenshot }) {
      const { page, frame } = await openHost(newPage, baseURL, 'embed.html?controls=minimal', {
        frameSize: { width, height, resize: false },
        viewport: { width: 1000, height: 800 },
      });
      await frame.locator('.katex').first().waitFor();
      const count = Number((await frame.locator('.embed-counter').innerText()).split('/')[1]);
      // The blocks crossed by the pane's top, the fresh lines that run out of the pane, and how far the frame scrolls.
      const shown = () =>
        frame.locator('.embed-card').evaluate((pane) => {
          const view = pane.getBoundingClientRect();
          const boxes = [...pane.querySelectorAll('.card-title, .card-stages, .card-line')].map((block) => ({
            block,
            box: block.getBoundingClientRect(),
          }));
          // A line above the fresh ones may be cut, as in any scrolled pane; the title and the stages are headings.
          const cut = boxes.filter(
            ({ block, box }) =>
              !block.classList.contains('card-line') && box.top < view.top - 1 && box.bottom > view.top + 1,
          );
          // Fresh lines taller together than the pane show from the top of the first (the reader scrolls for the rest).
          const fresh = boxes.filter(({ block }) => block.classList.contains('is-fresh'));
          const taller = fresh.length > 0 && fresh.at(-1).box.bottom - fresh[0].box.top > view.height;
          const hidden = (taller ? fresh.slice(0, 1) : fresh).filter(
            ({ box }) =>
              box.top < view.top - 1 || (taller ? box.top > view.top + 24 : box.bottom > view.bottom + 1),
          );
          const text = ({ block }) => block.textContent.slice(0, 40);
          const html = document.documentElement;
          return {
            cut: cut.map(text),
            hidden: hidden.map(text),
            overflow: html.scrollHeight - html.clientHeight,
            scrolled: pane.scrollTop > 0,
          };
        });
      let scrolled = 0;
      for (let step = 1; step <= count; step++) {
        if (step > 1) await frame.getByRole('button', { name: 'Next step' }).click();
        await eventually(
          () => frame.locator('.embed-counter strong').innerText(),
          (text) => assert.equal(text, String(step)),
          `step ${step}`,
        );
        // The card scrolls once the step's lines are laid out (and again as KaTeX makes them taller).
        await frame.locator('html').evaluate(() => new Promise((done) => setTimeout(done, 250)));
        const { scrolled: down } = await eventually(
          shown,
          (now) => assert.deepEqual([now.cut, now.hidden, now.overflow], [[], [], 0]),
          `step ${step}: the card shows its fresh lines, its blocks whole or out of view, in a frame that does not scroll`,
        );
        if (down) scrolled++;
        if (step === 7 || step === 21) await screenshot(page, `embed-${width}x${height}-card-step-${step}`);
      }
      assert.ok(scrolled >= 10, `the card scrolled on ${scrolled} steps`);
    },
  })),
  {
    name: 'embed: 300 loads posted in one loop throw nothing, and the last one shows',
    timeout: 60_000,
    async run({ newPage, baseURL }) {
      const { page, frame } = await openHost(newPage, baseURL, 'embed.html?controls=full', {
        frameSize: { width: 900, height: 700 },
      });
      await eventually(
        () => received(page),
        (messages) => assert.ok(ofType(messages, 'ready').length === 1),
        'ready',
      );
      await page.evaluate((model) => {
        for (let i = 0; i < 300; i += 1)
          window.send({ type: 'neural-structure:load', model: { ...model, title: `T${i}` } });
      }, example);
      await eventually(
        () => frame.locator('[data-testid="model-title"]').innerText(),
        (title) => assert.equal(title, 'T299'),
        'the last model shows',
      );
      await page.waitForTimeout(1000);
    },
  },
  {
    name: 'embed: commands from another frame of the page are ignored',
    async run({ newPage, baseURL }) {
      const { page, frame } = await openHost(newPage, baseURL, 'embed.html');
      await eventually(
        () => received(page),
        (m) => assert.ok(ofType(m, 'step').length >= 1),
        'ready',
      );
      // A second frame of the host page sends a command to the embed: it is not the embed's parent.
      await page.evaluate(() => {
        const other = document.createElement('iframe');
        other.srcdoc = '<p>other</p>';
        document.body.append(other);
        return new Promise((done) => {
          other.onload = () => {
            other.contentWindow.eval(
              "parent.document.getElementById('embed').contentWindow.postMessage({ type: 'neural-structure:goto', step: 9 }, '*')",
            );
            done();
          };
        });
      });
      await page.waitForTimeout(300);
      assert.equal(await counterText(frame), 'Step 1 / 58');
    },
  },
  {
    name: 'embed: from/to limit the steps the reader reaches, and play stops at "to"',
    async run({ newPage, baseURL }) {
      const { page, frame } = await openHost(newPage, baseURL, 'embed.html?from=5&to=8&controls=full');
      const start = await eventually(
        () => received(page),
        (m) => assert.ok(ofType(m, 'step').length >= 1),
        'ready',
      );
      assert.equal(ofType(start, 'step')[0].index, 5);
      assert.equal(await counterText(frame), 'Step 1 / 4');
      const next = frame.getByRole('button', { name: 'Next step' });
      for (let n = 0; n < 6 && (await next.isEnabled()); n++) await next.click();
      assert.equal(await counterText(frame), 'Step 4 / 4');
      assert.equal(await next.isDisabled(), true);
      const [beyond] = await command(page, { type: 'neural-structure:goto', step: 40 }, 'step', 0);
      assert.equal(beyond, undefined, 'goto past "to" stays on "to" (no step change)');
      await frame.getByRole('button', { name: 'First step' }).click();
      assert.equal(await counterText(frame), 'Step 1 / 4');
      await frame.getByRole('button', { name: 'Play' }).click();
      await eventually(
        () => counterText(frame),
        (text) => assert.equal(text, 'Step 4 / 4'),
        'play reaches "to"',
        6000,
      );
      await frame.getByRole('button', { name: 'Play from the start' }).waitFor();
      const steps = ofType(await received(page), 'step').map((m) => m.index);
      assert.ok(
        steps.every((index) => index >= 5 && index <= 8),
        `every step within 5..8 (${steps})`,
      );
    },
  },
  {
    name: 'embed: one self-contained file whose math font loads inside the sandbox',
    async run({ newPage, baseURL }) {
      const html = readFileSync(join(distDir, 'embed.html'), 'utf8');
      assert.doesNotMatch(html, /<script[^>]+src=/, 'no external script');
      assert.doesNotMatch(html, /<link[^>]+stylesheet/, 'no external style sheet');
      assert.doesNotMatch(html, /url\((?!["']?data:|#)/, 'no url() outside data: URLs');
      assert.match(html, /url\(data:font\/woff2;base64,/);

      const link = linkOf(example, { selection: 2, step: 11, detail: 'detailed', selected: null });
      const { page, frame } = await openHost(newPage, baseURL, `embed.html${link}`);
      await eventually(
        () => received(page),
        (m) => assert.ok(ofType(m, 'step').length >= 1),
        'ready',
      );
      await frame.locator('.card-math math').first().waitFor();
      await eventually(
        () =>
          frame.locator('html').evaluate(async () => {
            await document.fonts.ready;
            return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family);
          }),
        (families) =>
          assert.ok(
            families.some((family) => /STIX Two Math/.test(family)),
            families.join(', '),
          ),
        'STIX Two Math is loaded in the sandbox',
      );
    },
  },
  ...['light', 'dark', 'projector'].flatMap((theme) =>
    ['none', 'minimal', 'full'].map((controls) => ({
      name: `embed: theme ${theme} with controls ${controls}`,
      async run({ newPage, baseURL, screenshot }) {
        const link = linkOf(example, { selection: 2, step: 9, detail: 'detailed', selected: null });
        const { page, frame } = await openHost(
          newPage,
          baseURL,
          `embed.html?theme=${theme}&controls=${controls}${link}`,
          {
            viewport: { width: 820, height: 1000 },
          },
        );
        await eventually(
          () => received(page),
          (m) => assert.ok(ofType(m, 'resize').length >= 1),
          'resize',
        );
        assert.equal(await frame.locator('html').getAttribute('data-theme'), theme);
        assert.equal(
          await frame.locator('[data-testid="step-counter"]').count(),
          controls === 'none' ? 0 : 1,
        );
        assert.equal(await frame.locator('[data-testid="scrubber"]').count(), controls === 'full' ? 1 : 0);
        assert.equal(await frame.locator('h1').innerText(), 'The Example');
        assert.match(await frame.locator('[data-testid="step-caption"]').innerText(), /δ³₁/);
        await frame.locator('.katex').first().waitFor();
        await settled(page.frames().find((inner) => inner !== page.mainFrame()));
        await screenshot(page, `embed-${theme}-${controls}`);
      },
    })),
  ),
  ...[
    [700, 500],
    [400, 600],
    [800, 600],
    [940, 450],
  ].map(([width, height]) => ({
    name: `embed: a ${width} × ${height} frame shows every theme with any controls unscrolled (but the projector's full ones under 480px), the stepper in it`,
    async run({ newPage, baseURL, screenshot }) {
      for (const theme of ['light', 'dark', 'projector'])
        for (const controls of ['none', 'minimal', 'full']) {
          // docs/embed.md: with the projector's larger text, a frame under about 480px scrolls under its full controls.
          const fits = theme !== 'projector' || controls !== 'full' || height >= 480;
          const { page, frame } = await openHost(
            newPage,
            baseURL,
            `embed.html?theme=${theme}&controls=${controls}&step=10`,
            { frameSize: { width, height, resize: false }, viewport: { width: 1000, height: 800 } },
          );
          await frame.locator('.katex').first().waitFor();
          const scrolled = await frame
            .locator('html')
            .evaluate((html) => html.scrollHeight - html.clientHeight);
          if (fits)
            assert.ok(scrolled <= 1, `${theme}, ${controls} controls: the frame scrolls by ${scrolled}px`);
          if (controls !== 'none') {
            // Where the frame scrolls, the options go under the pinned stepper.
            const { controls: box, stepper } = await layoutOf(frame);
            const { bottom } = fits ? box : stepper;
            assert.ok(bottom <= height + 1, `${theme}, ${controls}: the stepper ends at ${bottom}`);
          }
          await screenshot(page, `embed-${width}x${height}-${theme}-${controls}`);
          await page.close();
        }
    },
  })),
  {
    name: 'embed: starts paused, and moves nothing with prefers-reduced-motion',
    async run({ newPage, baseURL }) {
      const { page, frame } = await openHost(newPage, baseURL, 'embed.html', { reducedMotion: 'reduce' });
      await eventually(
        () => received(page),
        (m) => assert.ok(ofType(m, 'step').length >= 1),
        'ready',
      );
      assert.equal(await frame.getByRole('button', { name: 'Play' }).count(), 1, 'paused at first');
      const transition = await frame
        .locator('.diagram-viewport')
        .evaluate((element) => getComputedStyle(element).transitionDuration);
      assert.match(transition, /^0s/);
    },
  },
  {
    name: 'embed: a model without samples shows "—" for its data and y^truth; next, play and a load of one are refused with a warning',
    async run({ newPage, baseURL, screenshot }) {
      const empty = { ...example, dataset: [] };
      const view = { selection: 0, step: 0, detail: 'detailed', selected: null };
      const { page, frame } = await openHost(newPage, baseURL, `embed.html${linkOf(empty, view)}`);
      const warnings = [];
      page.on('console', (message) => {
        if (message.type() === 'warning') warnings.push(message.text());
      });
      await eventually(
        () => received(page),
        (m) =>
          assert.deepEqual(ofType(m, 'ready'), [{ type: 'neural-structure:ready', version: 1, total: 0 }]),
        'ready, with no step',
      );
      const data = frame.locator('[data-testid="neuron"][data-id="N:0:0"] .neuron-value');
      assert.equal(await data.textContent(), '—, —');
      assert.match(await frame.locator('[data-testid="loss"] .loss-line').first().textContent(), /= —$/);
      for (const name of ['next', 'play'])
        assert.deepEqual(await command(page, { type: `neural-structure:${name}` }, 'step', 0), []);
      await screenshot(page, 'embed-no-sample');

      const full = await openHost(newPage, baseURL, 'embed.html');
      full.page.on('console', (message) => {
        if (message.type() === 'warning') warnings.push(message.text());
      });
      await eventually(
        () => received(full.page),
        (m) => assert.ok(ofType(m, 'step').length >= 1),
        'ready',
      );
      const load = { type: 'neural-structure:load', model: { ...oneWeight, dataset: [] } };
      assert.deepEqual(await command(full.page, load, 'step', 0), [], 'no step event: the load is refused');
      assert.equal(await full.frame.locator('[data-testid="model-title"]').innerText(), 'The Example');
      assert.equal(await counterText(full.frame), 'Step 1 / 58');
      await eventually(
        () => warnings,
        (found) =>
          assert.deepEqual(
            found.map(
              (text) => text.match(/"neural-structure:\w+" has (no step|a model without samples)/)?.[0],
            ),
            [
              '"neural-structure:next" has no step',
              '"neural-structure:play" has no step',
              '"neural-structure:load" has a model without samples',
            ],
          ),
        'a warning for each refused command',
      );
    },
  },
  {
    name: 'embed: a bad link shows the Example with a banner, without errors',
    async run({ newPage, baseURL, screenshot }) {
      const { page, frame } = await openHost(newPage, baseURL, 'embed.html#v1=garbage');
      await eventually(
        () => received(page),
        (m) => assert.ok(ofType(m, 'step').length >= 1),
        'ready',
      );
      await frame.locator('[data-testid="link-banner"]').waitFor();
      assert.match(await frame.locator('[data-testid="link-problem"]').innerText(), /This link is damaged/);
      assert.equal(await frame.locator('h1').innerText(), 'The Example');
      await screenshot(page, 'embed-bad-link');
    },
  },
  {
    name: 'embed: "Open in neural-structure" opens the full app in a new tab on the same frame',
    async run({ newPage, baseURL }) {
      const sandbox = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';
      const { page, frame } = await openHost(newPage, baseURL, 'embed.html?controls=minimal', { sandbox });
      await eventually(
        () => received(page),
        (m) => assert.ok(ofType(m, 'step').length >= 1),
        'ready',
      );
      await command(page, { type: 'neural-structure:goto', step: 11 }, 'step');
      const [popup] = await Promise.all([
        page.context().waitForEvent('page'),
        frame.getByTestId('open-in-app').click(),
      ]);
      await popup.locator('[data-testid="step-counter"]').waitFor();
      assert.equal(new URL(popup.url()).pathname, '/index.html');
      assert.equal(
        (await popup.locator('[data-testid="step-counter"]').innerText()).replace(/\s+/g, ' '),
        'Step 12 / 58',
      );
      assert.equal(await popup.locator('.toolbar').count(), 1, 'the full app, with its toolbar');
    },
  },
  {
    name: 'embed: "?embed" on the app page shows the embed layout',
    async run({ newPage }) {
      const page = await newPage();
      await page.goto('/?embed&controls=full&theme=dark');
      await page.locator('.embed [data-testid="step-counter"]').waitFor();
      assert.equal(await page.locator('.toolbar').count(), 0);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    },
  },
  {
    name: 'embed: the demo page drives the embed and sizes it from its resize events',
    async run({ newPage, screenshot }) {
      const page = await newPage({ viewport: { width: 1400, height: 1000 } });
      await page.goto('/demo.html');
      const status = page.locator('#status');
      await eventually(
        () => status.innerText(),
        (text) => assert.match(text, /^Ready · step 1 of 58/),
        'ready',
      );
      await page.getByRole('button', { name: 'next ▶' }).click();
      await eventually(
        () => status.innerText(),
        (text) => assert.match(text, /step 2 of 58 · o\^1_2/),
        'next',
      );
      await page.locator('#goto-form button').click();
      await eventually(
        () => status.innerText(),
        (text) => assert.match(text, /step 12 of 58 · δ\^3_1 · sum/),
        'goto',
      );
      await page.locator('#select-form button[type="submit"]').click();
      await page.locator('#load-form button[type="submit"]').click();
      await eventually(
        () => status.innerText(),
        (text) => assert.match(text, /step 1 of \d+ · o\^1_1/),
        'load',
      );
      await eventually(
        () => page.locator('#log').innerText(),
        (log) => {
          assert.match(log, /← select \{"neuron":"N:2:0"\}/);
          assert.match(log, /← resize \{"height":\d+\}/);
        },
        'the log shows the events',
      );
      const height = Number(/height (\d+)px/.exec(await status.innerText())?.[1]);
      const frameHeight = await page
        .locator('#embed')
        .evaluate((element) => element.getBoundingClientRect().height);
      assert.ok(
        Math.abs(frameHeight - height) < 1,
        `the iframe is ${frameHeight}px for a reported ${height}px`,
      );
      await screenshot(page, 'embed-demo');
    },
  },
];
