// Runs every benchmark of bench/ in turn, each in its own Node process, and exits non-zero if any failed.
//
//   npm run bench [-- filter…]      (a benchmark runs if its name contains any filter)
//
// A .ts benchmark is first bundled for Node with Vite (SSR build, dependencies included) into
// node_modules/.bench/<name>/; a .mjs benchmark runs as it is.

import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The benchmarks, in order: name, file (relative to the project root) and extra node flags. */
const benchmarks = [
  { name: 'engine', file: 'bench/engine.bench.ts', nodeArgs: ['--expose-gc'] },
  { name: 'training', file: 'bench/training.bench.ts' },
  { name: 'training-curve', file: 'bench/training/curve.bench.mjs' },
  { name: 'embed', file: 'bench/embed.bench.mjs' },
  { name: 'stepper', file: 'bench/stepper.bench.mjs' },
  { name: 'size', file: 'bench/size.bench.mjs' },
];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const filters = process.argv.slice(2).map((f) => f.toLowerCase());

/** Bundles a TypeScript benchmark for Node and returns the path of the bundle. */
async function bundle(name, file) {
  const { build } = await import('vite');
  const outDir = join(root, 'node_modules/.bench', name);
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    ssr: { noExternal: true },
    build: { ssr: file, outDir, emptyOutDir: true, minify: false, target: 'node20' },
  });
  const output = (Array.isArray(result) ? result[0] : result).output[0];
  return join(outDir, output.fileName);
}

/** Runs one benchmark; returns true when it succeeded. */
async function run({ name, file, nodeArgs = [] }) {
  console.log(`\n▶ ${name} (${file})`);
  try {
    const script = file.endsWith('.ts') ? await bundle(name, file) : join(root, file);
    const child = spawnSync(process.execPath, [...nodeArgs, script], { cwd: root, stdio: 'inherit' });
    if (child.error) throw child.error;
    if (child.status !== 0) throw new Error(`exited with ${child.signal ?? `code ${child.status}`}`);
    return true;
  } catch (error) {
    console.error(`✗ ${name} failed:`, error instanceof Error ? error.message : error);
    return false;
  }
}

const selected = benchmarks.filter(
  ({ name }) => filters.length === 0 || filters.some((f) => name.includes(f)),
);
if (selected.length === 0) {
  console.error(
    `no benchmark matches ${filters.join(', ')}; known: ${benchmarks.map((b) => b.name).join(', ')}`,
  );
  process.exit(1);
}
const failed = [];
for (const benchmark of selected) if (!(await run(benchmark))) failed.push(benchmark.name);
console.log(`\n${selected.length - failed.length}/${selected.length} benchmarks succeeded`);
if (failed.length > 0) {
  console.error(`failed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
