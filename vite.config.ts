import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { webApps } from './src/web/apps.js';
import { precompress } from './web/build/precompress.js';
import { preloadCatalogues } from './web/build/preload-catalogues.js';

const webRoot = fileURLToPath(new URL('./web/', import.meta.url));

/** React's names, answered by Preact for the light apps (the portal): the same code, a tenth of the bytes. */
const preactAliases = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-(dev-)?runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];

/**
 * Every web app is one HTML entry; shared code (web/ui) and each route's code become chunks.
 * `vite build` builds the React apps; `vite build --mode light` then builds the light ones beside them.
 */
export default defineConfig(({ mode }) => ({
  root: webRoot,
  base: '/',
  plugins: [react(), preloadCatalogues(), precompress()],
  resolve: { alias: mode === 'light' ? preactAliases : [] },
  build: {
    outDir: fileURLToPath(new URL('./dist/web/', import.meta.url)),
    emptyOutDir: mode !== 'light',
    assetsDir: 'assets',
    // The polyfill would be an inline script, which the Content-Security-Policy forbids.
    modulePreload: { polyfill: false },
    rollupOptions: {
      // The code the console's first screen runs travels as one chunk: over HTTP/1.1 a browser
      // opens six connections to a host, and on a slow link every further small chunk that the
      // first screen waits for costs another round trip. Each page's own code stays split by route.
      ...(mode === 'light' ? {} : { output: { codeSplitting: { groups: [{ name: 'first-screen', tags: ['$initial' as const] }] } } }),
      input: Object.fromEntries(
        Object.entries(webApps)
          .filter(([, app]) => ('light' in app && app.light) === (mode === 'light'))
          .map(([name, app]) => [name, webRoot + app.page]),
      ),
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
}));
