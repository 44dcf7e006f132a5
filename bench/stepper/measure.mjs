// Timing key presses in a page: main-thread time (CDP Performance.getMetrics) and latency to the painted frame.
import { installProbe } from './probe.mjs';

/** The main thread's cumulative times so far, in ms: all tasks, and their script, style and layout parts. */
async function mainThread(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const ms = (name) => (metrics.find((metric) => metric.name === name)?.value ?? NaN) * 1000;
  return {
    task: ms('TaskDuration'),
    script: ms('ScriptDuration'),
    style: ms('RecalcStyleDuration'),
    layout: ms('LayoutDuration'),
  };
}

/** Presses a key and waits for the probe (the frame after the one that shows the change). Gives the latency. */
async function pressAndWait(page, key) {
  await page.keyboard.press(key);
  return page.evaluate(() => window.__stepProbe.pending);
}

/** One measured key press: its main-thread times (ms, all tasks between before and two frames after) and latency. */
async function timedPress(page, cdp, key) {
  const before = await mainThread(cdp);
  const latency = await pressAndWait(page, key);
  const after = await mainThread(cdp);
  return {
    latency,
    task: after.task - before.task,
    script: after.script - before.script,
    style: after.style - before.style,
    layout: after.layout - before.layout,
  };
}

/**
 * Opens a page with the probe installed (and `setup` run before its scripts, e.g. saved work); gives it and CDP.
 * `timeDomain` is CDP's: 'threadTicks' counts the main thread's CPU time, 'timeTicks' wall-clock time.
 */
export async function openPage(
  browser,
  { baseURL, path = '/', setup, route, ready, timeDomain = 'threadTicks' },
) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, baseURL });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  if (setup) await page.addInitScript(setup.script, setup.arg);
  await page.addInitScript(installProbe);
  if (route) await page.route(route.url, (request) => request.fulfill(route.response));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain });
  await page.goto(path);
  if (ready) await ready(page);
  return { page, cdp, errors, close: () => context.close() };
}

/**
 * Runs a plan of key presses and gives the measured ones. A plan is a list of parts: `{ measure: n }` presses →
 * n times, timing each (with `wrap`, the last step is followed by Home, not timed), `{ press: key, times }` moves
 * without timing.
 */
export async function runPlan(page, cdp, plan, atLastStep = async () => false) {
  const samples = [];
  for (const part of plan) {
    if (part.press) {
      for (let n = 0; n < (part.times ?? 1); n++) await pressAndWait(page, part.press);
      continue;
    }
    for (let n = 0; n < part.measure; n++) {
      if (part.wrap && (await atLastStep(page))) await pressAndWait(page, 'Home');
      samples.push(await timedPress(page, cdp, 'ArrowRight'));
    }
  }
  return samples;
}
