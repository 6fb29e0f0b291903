import type { Plugin } from 'vite';

/**
 * Adds <link rel="modulepreload"> for every language catalogue chunk to each page, marked with its
 * language. Without the hint a catalogue would be fetched after the app's code, one more round
 * trip on a slow link. The server keeps only the hint of the language the browser will choose
 * (see src/web/language.ts), so that one catalogue travels, not four.
 */
export function preloadCatalogues(): Plugin {
  return {
    name: 'homeward-preload-catalogues',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const catalogue = /\/i18n\/(?:[a-z]+-)?messages\/([a-z]+)\.ts$/;
        return Object.values(ctx.bundle ?? {}).flatMap((c) => {
          const language = c.type === 'chunk' ? catalogue.exec(c.facadeModuleId ?? '')?.[1] : undefined;
          if (!language) return [];
          return [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${c.fileName}`, 'data-language': language }, injectTo: 'head' as const }];
        });
      },
    },
  };
}
