// The built app for the browser benchmarks: a production build in a temporary folder (never dist/), served by
// `vite preview`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

/** The project root. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Builds the app with the project's Vite config into a fresh temporary folder (or uses DIST_DIR when set, already
 * built). Gives the folder, the build's output (null for DIST_DIR) and a function that removes a temporary build.
 */
export async function buildApp() {
  if (process.env.DIST_DIR)
    return { outDir: resolve(root, process.env.DIST_DIR), output: null, remove: () => {} };
  const outDir = mkdtempSync(join(tmpdir(), 'neural-structure-bench-'));
  // Vite builds React's development code when NODE_ENV says so, and vite's runnerImport sets it to "development":
  // the app measured must be the one `npm run build` ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  let result;
  try {
    result = await build({
      root,
      mode: 'production',
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  const output = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const development = output.filter(
    (chunk) =>
      chunk.type === 'chunk' &&
      /\.development\.js|jsx-dev-runtime/.test(Object.keys(chunk.modules).join(' ')),
  );
  if (development.length > 0)
    throw new Error(
      `the build holds React's development code: ${development.map((c) => c.fileName).join(', ')}`,
    );
  return { outDir, output, remove: () => rmSync(outDir, { recursive: true, force: true }) };
}

/** Serves a built folder; gives its base URL and a function that stops the server. */
export async function serve(outDir) {
  const server = await preview({
    root,
    logLevel: 'warn',
    appType: 'mpa',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const baseURL = server.resolvedUrls?.local[0];
  if (!baseURL) throw new Error('vite preview did not report a local URL');
  return { baseURL, close: () => server.close() };
}
