// Size benchmark: the built JavaScript, gzipped. "Initial" is what index.html loads before the first frame: its
// entry script and every module it preloads (modulepreload links); the math chunk is the one holding KaTeX, loaded
// lazily with the chain-rule card. Every other chunk is listed too.
//
//   npm run bench size        DIST_DIR reuses a build (the math chunk is then found by its content)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildApp } from './stepper/app.mjs';

/** Targets, in kB (1 kB = 1000 bytes, as Vite prints sizes). */
const initialTarget = 100;

const kB = (bytes) => (bytes / 1000).toFixed(1);
const { outDir, output, remove } = await buildApp();
try {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const linked = (pattern) => [...html.matchAll(pattern)].map((match) => match[1].replace(/^\.?\//, ''));
  const initial = [
    ...linked(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...linked(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ];
  if (initial.length === 0) throw new Error(`${outDir}/index.html loads no module script`);
  const gzipped = (file) => gzipSync(readFileSync(join(outDir, file))).length;
  const scripts = readdirSync(join(outDir, 'assets'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => `assets/${file}`);
  // The math chunk: the build says which chunk holds KaTeX's modules; in a reused build, its own error text.
  const holdsKatex = (file) =>
    output
      ? output.some(
          (chunk) => chunk.fileName === file && chunk.moduleIds?.some((id) => id.includes('/katex/')),
        )
      : readFileSync(join(outDir, file), 'utf8').includes('KaTeX parse error');
  const math = scripts.filter((file) => !initial.includes(file) && holdsKatex(file));
  if (math.length === 0) throw new Error('no lazily loaded chunk holds KaTeX');
  const others = scripts.filter((file) => !initial.includes(file) && !math.includes(file));

  const total = (files) => files.reduce((sum, file) => sum + gzipped(file), 0);
  /** A group's line, then one line per file, largest first. */
  const group = (name, files, note) => {
    console.log(`${name.padEnd(44)}${kB(total(files)).padStart(7)}   ${note}`);
    const sizes = files.map((file) => [file, gzipped(file)]).sort((a, b) => b[1] - a[1]);
    for (const [file, size] of sizes) console.log(`  ${file.padEnd(42)}${kB(size).padStart(7)}`);
  };
  const met = total(initial) <= initialTarget * 1000;
  console.log('built JavaScript, gzipped, in kB (1 kB = 1000 bytes, as Vite prints sizes)');
  group(
    'initial (entry script and its modulepreloads)',
    initial,
    `target ≤ ${initialTarget}: ${met ? 'met' : 'MISSED'}`,
  );
  group('math chunk (KaTeX, loaded with the card)', math, 'lazy');
  group(`other lazy chunks (${others.length})`, others, 'lazy');
} finally {
  remove();
}
