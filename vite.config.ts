import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    // Every browser of this target but Safari before 17 preloads modules itself; those load them on import instead.
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: { main: 'index.html' },
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
