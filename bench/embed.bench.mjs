// The embed's weight and start-up: the gzipped size of the single file's inline JavaScript, and the time from a
// host page's start to the embed's first `ready` and `step` events in Chromium (median of several loads), the
// embed in a cross-origin iframe with sandbox="allow-scripts", as a blog would have it.
//
//   node bench/embed.bench.mjs            (npm run bench -- embed; EMBED_LOADS=n for another number of loads)
//
// It builds the app and the embed into node_modules/.bench/embed-dist first (the same two builds as npm run build).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../tests/browser/chromium.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const outDir = join(root, 'node_modules/.bench/embed-dist');
const loads = Number(process.env.EMBED_LOADS ?? 10);

/** The two builds of `npm run build`, into outDir. */
async function buildAll() {
  const { build } = await import('vite');
  const quiet = { root, logLevel: 'warn' };
  await build({ ...quiet, configFile: join(root, 'vite.config.ts'), build: { outDir, emptyOutDir: true } });
  await build({
    ...quiet,
    configFile: join(root, 'vite.embed.config.ts'),
    build: { outDir, emptyOutDir: false },
  });
}

/** Bytes as "123.4 KB". */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The sizes of the single file: whole, and its inline scripts (raw and gzipped at level 9). */
function sizes(html) {
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
  const js = scripts.join('\n');
  const gzip = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;
  return {
    file: Buffer.byteLength(html),
    fileGzip: gzip(html),
    scripts: scripts.length,
    js: Buffer.byteLength(js),
    jsGzip: gzip(js),
  };
}

/** A static server for one folder on 127.0.0.1 (the embed's origin). */
function serveFolder(folder) {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
  return createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    try {
      const body = readFileSync(join(folder, path === '/' ? 'index.html' : path.slice(1)));
      const type = types[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream';
      response.writeHead(200, { 'content-type': type }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
}

/** The host page (another origin): the embed in a sandboxed iframe; it notes when the first events arrive. */
const hostPage = (
  src,
) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>Host</title></head><body>
<iframe id="embed" title="embed" sandbox="allow-scripts" width="800" height="700" src="${src}"></iframe>
<script>
  window.times = {};
  addEventListener('message', (event) => {
    const type = event.data && event.data.type;
    const name = typeof type === 'string' ? type.replace('neural-structure:', '') : '';
    if ((name === 'ready' || name === 'step') && !(name in window.times)) window.times[name] = performance.now();
  });
</script></body></html>`;

/** Starts a server on a free port of 127.0.0.1; gives its address. */
async function listen(server) {
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${server.address().port}/`;
}

/** The median of numbers. */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

await buildAll();
const html = readFileSync(join(outDir, 'embed.html'), 'utf8');
const size = sizes(html);
console.log('embed.html, one self-contained file');
console.log(`  whole file          ${kb(size.file).padStart(10)}   gzip ${kb(size.fileGzip).padStart(9)}`);
console.log(
  `  inline JavaScript   ${kb(size.js).padStart(10)}   gzip ${kb(size.jsGzip).padStart(9)}   (${size.scripts} script)`,
);

const app = serveFolder(outDir);
const embedOrigin = await listen(app);
const host = createServer((_request, response) =>
  response
    .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    .end(hostPage(`${embedOrigin}embed.html`)),
);
const hostOrigin = await listen(host);
const browser = await launchChromium();
try {
  const ready = [];
  const step = [];
  for (let n = 0; n < loads; n++) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    await page.goto(hostOrigin);
    await page.waitForFunction(() => 'step' in window.times, null, { timeout: 30_000 });
    const times = await page.evaluate(() => window.times);
    ready.push(times.ready);
    step.push(times.step);
    await context.close();
  }
  const ms = (value) => `${value.toFixed(0)} ms`.padStart(7);
  console.log(
    `\ntime from the host page's start to the embed's first event (Chromium, ${loads} loads, cold cache each)`,
  );
  console.log(
    `  ready   median ${ms(median(ready))}   min ${ms(Math.min(...ready))}   max ${ms(Math.max(...ready))}`,
  );
  console.log(
    `  step    median ${ms(median(step))}   min ${ms(Math.min(...step))}   max ${ms(Math.max(...step))}`,
  );
} finally {
  await browser.close();
  app.close();
  host.close();
}
