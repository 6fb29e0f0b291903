import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { webApps } from './src/web/apps.js';
import { precompress } from './web/build/precompress.js';
import { preloadCatalogues } from './web/build/preload-catalogues.js';

const webRoot = fileURLToPath(new URL('./web/', import.meta.url));

/** Every web app is one HTML entry; shared code (web/ui) and each route's code become chunks. */
export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react(), preloadCatalogues(), precompress()],
  build: {
    outDir: fileURLToPath(new URL('./dist/web/', import.meta.url)),
    emptyOutDir: true,
    assetsDir: 'assets',
    // The polyfill would be an inline script, which the Content-Security-Policy forbids.
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: Object.fromEntries(Object.entries(webApps).map(([name, app]) => [name, webRoot + app.page])),
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
