import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The app's entry module. */
const entry = fileURLToPath(new URL('src/main.tsx', import.meta.url));

/**
 * One chunk for what the entry imports (Rolldown adds what those modules use). Left alone, Rolldown puts every module
 * that the first frame shares with a lazily loaded part in a small chunk of its own, each preloaded and gzipped on its
 * own (about 1.5 kB more); the lazy parts import these modules from this chunk instead. An index module that the
 * entry imports brings every module it re-exports into this chunk, even one that only lazy parts use.
 */
const firstFrameChunk = {
  name: (id: string, ctx: { getModuleInfo: (id: string) => { importedIds: string[] } | null }) =>
    id === entry || ctx.getModuleInfo(entry)?.importedIds.includes(id) ? 'app' : null,
};

/** The lazily loaded chunks that the first steps need: their imports are preloaded with them. */
const soonNeeded = /(^|\/)(KatexLines|ImpactPaths)-[\w-]+\.js$/;

export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    // Every browser of this target but Safari before 17 preloads modules itself; those load them on import instead.
    // A dynamic import fetches its own chunk, and the stylesheets it needs. The modules that chunk imports in turn it
    // fetches once it has come (a round trip later): each name listed for preloading costs the first chunk bytes
    // (about 450 of them for all the lazy parts), and the parts that are not needed at once come while the page is
    // idle after its first frame (see lazyParts.ts). The chain-rule card's formulas and the impact paths, which the
    // first steps show, keep their preloads (without them, KaTeX came 700 ms later at 100 ms of latency). Rolldown's
    // runtime is a script of the page itself: never listed.
    modulePreload: {
      polyfill: false,
      resolveDependencies: (chunk, deps, { hostType }) =>
        deps.filter(
          (dep) =>
            dep.endsWith('.css') ||
            ((hostType === 'html' || soonNeeded.test(chunk)) &&
              dep !== chunk &&
              !/(^|\/)rolldown-runtime-[\w-]+\.js$/.test(dep)),
        ),
    },
    rollupOptions: {
      input: { main: 'index.html' },
      // The first chunk names each lazily loaded chunk it imports: a hash of 6 characters (36 bits, still one name per
      // content) instead of 8 makes it about 45 bytes smaller gzipped, the random characters being what gzip cannot fold.
      output: { codeSplitting: { groups: [firstFrameChunk] }, chunkFileNames: 'assets/[name]-[hash:6].js' },
    },
  },
  preview: { port: 4173, strictPort: false },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/browser/**'],
    setupFiles: ['tests/setup.ts'],
    environment: 'node',
  },
});
