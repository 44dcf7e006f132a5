// A tiny browser test runner: serves the built dist/ with `vite preview`, drives Debian's Chromium
// with playwright-core and runs every tests/browser/*.spec.mjs in turn.
//
//   npx vite build && node tests/browser/run.mjs [filter…]
//   npx vite build --outDir /tmp/x-dist && DIST_DIR=/tmp/x-dist node tests/browser/run.mjs [filter…]
//
// A spec file exports `tests`: an array of { name, run, timeout?, allowErrors? }, where
// run({ browser, baseURL, newPage, screenshot }) is async and throws (node:assert/strict) to fail.
// - newPage(options?) opens a fresh page in a new 1280×800 context (options go to browser.newContext);
//   any console error (Chromium also logs failed loads and HTTP errors there) or uncaught page error
//   on it fails the test, unless the test (or the newPage options) sets allowErrors: true, or a list
//   of strings / RegExps matching the errors that are expected. (Missing files are 404s: the preview
//   server runs without the SPA fallback.)
// - screenshot(page, name) saves screenshots/<name>.png (git-ignored).
// Filters are case-insensitive substrings of "<spec file> <test name>"; a test runs if any matches.

import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { preview } from 'vite';
import { launchChromium } from './chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const screenshotDir = join(root, 'screenshots');
const DEFAULT_TIMEOUT_MS = 30_000;
/** The built app to serve: dist/ unless DIST_DIR names another build folder (absolute or relative to the root). */
const distDir = resolve(root, process.env.DIST_DIR ?? 'dist');

const filters = process.argv.slice(2).map((f) => f.toLowerCase());
let passed = 0;
let failed = 0;

function report(ok, name, error) {
  if (ok) {
    passed++;
    console.log(`✓ ${name}`);
  } else {
    failed++;
    console.log(`✗ ${name}`);
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    console.log(text.replace(/^/gm, '    '));
  }
}

/** Loads every spec file; a file that fails to load counts as one failed test. */
async function loadTests() {
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.spec.mjs'))
    .sort();
  const tests = [];
  for (const file of files) {
    const label = basename(file, '.spec.mjs');
    try {
      const mod = await import(pathToFileURL(join(here, file)).href);
      if (!Array.isArray(mod.tests)) throw new Error(`${file} does not export an array named "tests"`);
      for (const test of mod.tests) {
        if (typeof test?.name !== 'string' || typeof test.run !== 'function') {
          throw new Error(`${file}: every test needs a string "name" and a function "run"`);
        }
        tests.push({ ...test, file: label });
      }
    } catch (error) {
      report(false, `${file} (loading)`, error);
    }
  }
  if (filters.length === 0) return tests;
  return tests.filter((t) => filters.some((f) => `${t.file} ${t.name}`.toLowerCase().includes(f)));
}

function isAllowed(allow, message) {
  if (allow === true) return true;
  if (!Array.isArray(allow)) return false;
  return allow.some((p) => (p instanceof RegExp ? p.test(message) : message.includes(p)));
}

/** An error whose report is just its message (no runner stack frames). */
function runnerError(message) {
  const error = new Error(message);
  error.stack = `Error: ${message}`;
  return error;
}

function safeName(name) {
  return name.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'screenshot';
}

async function screenshot(page, name, options = {}) {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${safeName(name)}.png`);
  await page.screenshot({ path, ...options });
  return path;
}

async function runTest(test, browser, baseURL) {
  const contexts = [];
  const pages = [];
  const errors = [];

  async function newPage(options = {}) {
    const { allowErrors = test.allowErrors ?? false, ...contextOptions } = options;
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      baseURL,
      ...contextOptions,
    });
    contexts.push(context);
    const page = await context.newPage();
    pages.push(page);
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const { url, lineNumber } = msg.location();
      const message = `console error: ${msg.text()}${url ? ` (${url}:${lineNumber})` : ''}`;
      if (!isAllowed(allowErrors, message)) errors.push(message);
    });
    page.on('pageerror', (error) => {
      const message = `uncaught page error: ${error.stack ?? error.message}`;
      if (!isAllowed(allowErrors, message)) errors.push(message);
    });
    return page;
  }

  const timeoutMs = test.timeout ?? DEFAULT_TIMEOUT_MS;
  let timer;
  const running = Promise.resolve().then(() => test.run({ browser, baseURL, newPage, screenshot }));
  running.catch(() => {}); // after a timeout its rejection is no longer awaited
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(runnerError(`timed out after ${timeoutMs} ms`)), timeoutMs);
  });

  try {
    await Promise.race([running, timeout]);
    if (errors.length > 0) {
      throw runnerError(`the page reported ${errors.length} error(s):\n${errors.join('\n')}`);
    }
    report(true, test.name);
  } catch (error) {
    const open = pages.filter((p) => !p.isClosed()).at(-1);
    if (open) await screenshot(open, `FAILED-${test.name}`, { timeout: 5000 }).catch(() => {});
    report(false, test.name, error);
  } finally {
    clearTimeout(timer);
    await Promise.all(contexts.map((c) => c.close().catch(() => {})));
  }
}

let server;
let browser;
try {
  const tests = await loadTests();
  if (tests.length > 0) {
    if (!existsSync(join(distDir, 'index.html'))) {
      throw new Error(
        `${distDir}/index.html is missing: run \`npx vite build\` first (npm run test:browser does).`,
      );
    }
    server = await preview({
      root,
      logLevel: 'warn',
      appType: 'mpa', // no SPA fallback: a missing file is a 404, not a copy of index.html
      build: { outDir: distDir },
      preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    });
    const baseURL = server.resolvedUrls?.local[0];
    if (!baseURL) throw new Error('vite preview did not report a local URL');
    browser = await launchChromium();
    for (const test of tests) await runTest(test, browser, baseURL);
  } else {
    console.error(filters.length > 0 ? `no test matches ${filters.join(' or ')}` : 'no tests found');
  }
} catch (error) {
  report(false, 'browser test runner', error);
} finally {
  await browser?.close().catch(() => {});
  await server?.close().catch(() => {});
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
