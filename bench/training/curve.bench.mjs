// Loss-curve benchmark: the main-thread cost of redrawing the Train panel's loss curve after 10,000 epochs of the
// Example, in headless Chromium. The app is built into a temporary folder, served with `vite preview`, and trained
// through its UI; then, per frame:
//   hover   — the pointer moves along the plot: the cursor and the tooltip are redrawn (the paths are memoized);
//   log ⇄   — the loss axis switches between linear and log: the whole curve is rebuilt (decimation, paths);
//   resize  — the viewport width changes by 40 px: the page lays out again and the curve is rebuilt at its width.
// A frame's cost is CDP Performance.getMetrics TaskDuration (script, style, layout, paint on the main thread)
// between just before the event and two animation frames after it; "idle" is the same with no event (the floor).
//
//   npm run bench training-curve        BENCH_FRAMES (60 per kind), DIST_DIR (reuse a build), BENCH_EPOCHS (10000)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../tests/browser/chromium.mjs';
import { build, preview } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const frames = Number(process.env.BENCH_FRAMES ?? 60);
const epochs = Number(process.env.BENCH_EPOCHS ?? 10_000);

/** The q-quantile of some values (nearest rank). */
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

/** Builds the app into a temporary folder (or uses DIST_DIR); gives the folder and whether to remove it. */
async function buildApp() {
  if (process.env.DIST_DIR) return { outDir: resolve(root, process.env.DIST_DIR), temporary: false };
  const outDir = mkdtempSync(join(tmpdir(), 'neural-structure-curve-'));
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return { outDir, temporary: true };
}

/** Waits for two animation frames: the change is rendered and painted. */
const twoFrames = (page) =>
  page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );

/** The main thread's busy time (ms) spent on `act` and the two frames after it. */
async function frameCost(cdp, page, act) {
  const before = await cdp.send('Performance.getMetrics');
  await act();
  await twoFrames(page);
  const after = await cdp.send('Performance.getMetrics');
  const task = (metrics) => metrics.metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN;
  return (task(after) - task(before)) * 1000;
}

/** Trains the Example `epochs` epochs per sample through the Train panel; gives the run's wall time in ms. */
async function train(page) {
  await page.getByTestId('tab-train').click();
  await page.getByTestId('train-epochs').fill(String(epochs));
  const start = Date.now();
  await page.getByTestId('train-run').click();
  await page.getByTestId('train-progress').waitFor({ state: 'detached', timeout: 120_000 });
  await page.getByTestId('run-summary').waitFor();
  return Date.now() - start;
}

const { outDir, temporary } = await buildApp();
const server = await preview({
  root,
  logLevel: 'warn',
  appType: 'mpa',
  build: { outDir },
  preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
});
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(server.resolvedUrls?.local[0] ?? '');
  await page.getByTestId('step-counter').waitFor();
  const trainMs = await train(page);
  const plot = page.getByTestId('loss-curve-plot');
  await plot.scrollIntoViewIfNeeded();
  const points = Number(await plot.getAttribute('data-points'));
  const drawn = Number(await plot.getAttribute('data-drawn'));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });

  const box = await plot.boundingBox();
  if (!box) throw new Error('the loss curve is not on screen');
  const log = page.getByTestId('curve-log');
  const kinds = {
    idle: async () => {},
    hover: async (n) => {
      const x = box.x + 70 + ((n * 37) % Math.max(1, box.width - 100));
      await page.mouse.move(x, box.y + box.height / 2);
    },
    'log ⇄': async () => {
      await log.click();
    },
    resize: async (n) => {
      await page.setViewportSize({ width: n % 2 === 0 ? 1240 : 1280, height: 800 });
    },
  };
  const costs = {};
  for (const [kind, act] of Object.entries(kinds)) {
    costs[kind] = [];
    for (let n = 0; n < 5; n++) await frameCost(cdp, page, () => act(n)); // warm-up
    for (let n = 0; n < frames; n++) costs[kind].push(await frameCost(cdp, page, () => act(n)));
  }
  const idle = quantile(costs.idle, 0.5);

  console.log(
    `Example, ${epochs.toLocaleString('en-US')} epochs per sample trained through the UI in ${(trainMs / 1000).toFixed(2)} s ` +
      `(${Math.round((epochs * 1000) / trainMs).toLocaleString('en-US')} epochs/s with the page responsive)`,
  );
  console.log(
    `loss curve: ${points.toLocaleString('en-US')} points per series, ${drawn.toLocaleString('en-US')} drawn in all ` +
      `4 series after decimation to ${Math.round(box.width)} px`,
  );
  console.log(`main-thread time per frame (ms), ${frames} frames each; a 60 Hz frame has 16.7 ms`);
  console.log(
    `${'event'.padEnd(10)}${'p50'.padEnd(10)}${'p95'.padEnd(10)}${'max'.padEnd(10)}${'p50 − idle'.padEnd(12)}over 16.7 ms`,
  );
  for (const [kind, values] of Object.entries(costs)) {
    const over = values.filter((v) => v > 1000 / 60).length;
    console.log(
      `${kind.padEnd(10)}${quantile(values, 0.5).toFixed(2).padEnd(10)}${quantile(values, 0.95).toFixed(2).padEnd(10)}` +
        `${Math.max(...values)
          .toFixed(2)
          .padEnd(10)}${(quantile(values, 0.5) - idle).toFixed(2).padEnd(12)}${over}/${values.length}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
  if (temporary) rmSync(outDir, { recursive: true, force: true });
}
