// Stepper benchmark: what one → step costs in headless Chromium, on the Example and on an 8 × 16 network, side by
// side with a trivial page that changes one text node per key press (the floor of this machine: waiting for the
// next frame alone costs up to 16.7 ms of latency).
//
//   npm run bench stepper     BENCH_RUNS (3), BENCH_STEPS (120 per page and run), DIST_DIR (reuse a build),
//                             TIME_DOMAIN=timeTicks (wall-clock task time instead of the main thread's CPU time)
//
// Per step: the main thread's time (CDP Performance.getMetrics TaskDuration before the key and two frames after it:
// script, style, layout, paint), counted in the thread's CPU time so that the other processes of a shared machine
// weigh less on it; and the latency from the keydown's timestamp to the frame after the one that shows the change.
// Figures are p50 / p95 over the steps of a run, then the median over the runs.
import { runnerImport } from 'vite';
import { launchChromium } from '../tests/browser/chromium.mjs';
import { buildApp, root, serve } from './stepper/app.mjs';
import { openPage, runPlan } from './stepper/measure.mjs';
import { trivialPage } from './stepper/probe.mjs';
import { median, pair, summary } from './stepper/stats.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const timeDomain = process.env.TIME_DOMAIN ?? 'threadTicks';
const steps = Number(process.env.BENCH_STEPS ?? 120);
const warmUp = [{ press: 'ArrowRight', times: 5 }, { press: 'Home' }];
const third = Math.ceil(steps / 3);

/** The step counter's "Step i / n". */
const counter = (page) =>
  page
    .locator('[data-testid="step-counter"]')
    .innerText()
    .then((text) => text.replace(/\s+/g, ' ').trim());

/** Waits for the stepper and for KaTeX's chunk (the card is typeset once it came). */
async function appReady(page) {
  await page.locator('[data-testid="step-counter"]').waitFor();
  await page.locator('.card-math').first().waitFor({ timeout: 15_000 });
}

/** True at the last step of the timeline. */
async function atLastStep(page) {
  const match = /(\d+) \/ (\d+)/.exec(await counter(page));
  return match !== null && match[1] === match[2];
}

const { module: models } = await runnerImport(`${root}/bench/stepper/models.ts`, {
  configFile: false,
  root,
  logLevel: 'warn',
});
const deep = models.savedWork(models.deepModel());

/** The pages compared: how each opens, what proves it is the right one, and its plan of key presses. */
const pages = [
  {
    name: 'floor (trivial page)',
    open: {
      path: '/bench-floor.html',
      route: { url: '**/bench-floor.html', response: { contentType: 'text/html', body: trivialPage } },
      ready: (page) => page.locator('#step').waitFor(),
    },
    check: async () => {},
    plan: [{ measure: steps }],
    target: null,
  },
  {
    name: 'Example',
    open: { ready: appReady },
    check: async (page) => {
      if (!/ \/ 58$/.test(await counter(page))) throw new Error(`not the Example: ${await counter(page)}`);
    },
    plan: [...warmUp, { measure: steps, wrap: true }],
    target: 8,
  },
  {
    name: '8 × 16',
    open: {
      ready: appReady,
      setup: {
        script: ({ key, text }) => localStorage.setItem(key, text),
        arg: deep,
      },
    },
    check: async (page) => {
      const neurons = await page.locator('[data-testid="neuron"]').count();
      // The data column, then one column per layer.
      if (neurons !== 9 * 16) throw new Error(`the 8 × 16 network did not open (${neurons} neurons)`);
    },
    // Three windows: the forward pass, the first δ of the backward pass (16 impact paths each), the weights.
    plan: [
      ...warmUp,
      { measure: third },
      { press: ']', times: 2 },
      { measure: third },
      { press: ']' },
      { measure: third },
    ],
    target: 16.7,
  },
];

const { outDir, remove } = await buildApp();
const server = await serve(outDir);
const browser = await launchChromium();
/** results[page][run] = the run's summaries. */
const results = pages.map(() => []);
try {
  console.log(
    `headless Chromium ${browser.version()}, 1280 × 800, ${runs} runs × ${steps} steps per page, ` +
      `ms as p50 / p95 per step, main thread in ${timeDomain === 'threadTicks' ? 'CPU' : 'wall-clock'} time`,
  );
  for (let run = 0; run < runs; run++) {
    // The order turns from run to run, so that a slow phase of the machine does not always hit the same page.
    for (let n = 0; n < pages.length; n++) {
      const index = (n + run) % pages.length;
      const spec = pages[index];
      const opened = await openPage(browser, { baseURL: server.baseURL, timeDomain, ...spec.open });
      try {
        await spec.check(opened.page);
        const samples = await runPlan(opened.page, opened.cdp, spec.plan, atLastStep);
        if (opened.errors.length > 0) throw new Error(`${spec.name}: ${opened.errors.join('; ')}`);
        const result = {
          task: summary(samples, 'task'),
          latency: summary(samples, 'latency'),
          script: summary(samples, 'script'),
          style: summary(samples, 'style'),
          layout: summary(samples, 'layout'),
          lost: samples.filter((sample) => Number.isNaN(sample.latency)).length,
        };
        results[index].push(result);
        console.log(
          `  run ${run + 1} ${spec.name.padEnd(22)} main thread ${pair(result.task).padEnd(13)} latency ${pair(result.latency)}` +
            (result.lost > 0 ? `  (${result.lost} steps changed nothing)` : ''),
        );
      } finally {
        await opened.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
  remove();
}

/** The median over runs of a figure of the summaries. */
const over = (list, field) => ({
  p50: median(list.map((result) => result[field].p50)),
  p95: median(list.map((result) => result[field].p95)),
});
const columns = [
  ['page', 24],
  ['main thread p50 / p95', 23],
  ['script / style / layout p50', 29],
  ['latency p50 / p95', 20],
  ['target (main thread p95)', 0],
];
const line = (cells) => cells.map((cell, c) => cell.padEnd(columns[c][1])).join('');
console.log(`\nmedians over ${runs} runs, ms per → step`);
console.log(line(columns.map(([header]) => header)));
const missed = [];
pages.forEach((spec, index) => {
  const list = results[index];
  const task = over(list, 'task');
  const parts = ['script', 'style', 'layout'].map((field) => over(list, field).p50.toFixed(1)).join(' / ');
  const met = spec.target === null || task.p95 <= spec.target;
  if (!met) missed.push(spec.name);
  const target = spec.target === null ? '(the floor)' : `≤ ${spec.target} ${met ? 'met' : 'MISSED'}`;
  console.log(line([spec.name, pair(task), parts, pair(over(list, 'latency')), target]));
});
console.log(missed.length === 0 ? 'all targets met' : `targets missed: ${missed.join(', ')}`);
