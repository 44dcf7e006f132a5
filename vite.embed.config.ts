// The embed as ONE self-contained file, dist/embed.html: its JavaScript, its CSS and its math font inlined.
//
//   vite build && vite build -c vite.embed.config.ts      (npm run build does both)
//
// A sandboxed iframe (sandbox="allow-scripts", no allow-same-origin) has an opaque origin: every module script
// and font it would fetch from the host is a CORS request from origin "null", blocked unless the host sends
// Access-Control-Allow-Origin. Inlined, the embed fetches nothing. This build runs after the app's build and
// writes into the same dist/ without emptying it.
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** Text safe inside an inline <script>: "</script" would end the element early. */
const scriptSafe = (code: string): string => code.replace(/<\/(script)/gi, '<\\/$1');

/** Text safe inside an inline <style>. */
const styleSafe = (code: string): string => code.replace(/<\/(style)/gi, '<\\/$1');

/** Moves the emitted JavaScript and CSS into the HTML page, and drops them from the output. */
function singleFile(): Plugin {
  return {
    name: 'neural-structure:single-file',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const page = Object.values(bundle).find(
        (file) => file.type === 'asset' && file.fileName.endsWith('.html'),
      );
      if (!page || page.type !== 'asset') throw new Error('the embed build emitted no HTML page');
      let html = String(page.source);
      for (const file of Object.values(bundle)) {
        const escaped = file.fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        if (file.type === 'chunk') {
          const tag = new RegExp(`<script([^>]*?) src="[^"]*${escaped}"([^>]*)></script>`);
          if (!tag.test(html)) throw new Error(`the embed page does not load ${file.fileName}`);
          // A function replacement: "$&" and the like in the code stay as they are.
          // With every dynamic import inlined there is nothing to preload; Vite leaves its marker in that case.
          const code = file.code.replaceAll('__VITE_PRELOAD__', 'void 0');
          html = html.replace(tag, () => `<script type="module">${scriptSafe(code)}</script>`);
          Reflect.deleteProperty(bundle, file.fileName);
        } else if (file.fileName.endsWith('.css')) {
          const tag = new RegExp(`<link[^>]*? href="[^"]*${escaped}"[^>]*>`);
          if (!tag.test(html)) throw new Error(`the embed page does not load ${file.fileName}`);
          html = html.replace(tag, () => `<style>${styleSafe(String(file.source))}</style>`);
          Reflect.deleteProperty(bundle, file.fileName);
        }
      }
      const left = Object.keys(bundle).filter((name) => name !== page.fileName);
      if (left.length > 0) throw new Error(`the embed build left files beside the page: ${left.join(', ')}`);
      page.source = html;
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), singleFile()],
  // The app's build has copied public/ already.
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    // Every asset (the formulas' font) becomes a data: URL.
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
    cssCodeSplit: false,
    modulePreload: false,
    rolldownOptions: {
      input: { embed: 'embed.html' },
      // One chunk: the lazily loaded KaTeX goes in with the rest.
      output: { codeSplitting: false },
    },
  },
});
