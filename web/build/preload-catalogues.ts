import type { Plugin } from 'vite';

/**
 * Adds <link rel="modulepreload"> for every language catalogue chunk to each page. Which language
 * a user needs is known only once the page runs; without the hint its catalogue would be fetched
 * after the app's code, one more round trip on a slow link. Catalogues are small (about 5 KB each
 * compressed) and are only downloaded, not run, unless chosen.
 */
export function preloadCatalogues(): Plugin {
  return {
    name: 'homeward-preload-catalogues',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk' && /\/i18n\/([a-z]+-)?messages\/[a-z]+\.ts$/.test(c.facadeModuleId ?? ''));
        return chunks.map((c) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${c.fileName}` }, injectTo: 'head' as const }));
      },
    },
  };
}
