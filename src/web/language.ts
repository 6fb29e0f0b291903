import type { FastifyRequest } from 'fastify';
import { isLocale, languageCookie, requestedLocale, type Locale } from '../platform/i18n/locale.js';

/**
 * The language a page will start in, decided as the page itself decides it (web/ui/i18n/locales.ts):
 * the one last chosen in this browser, else the browser's own preference, else Azerbaijani.
 */
export function startingLanguage(req: FastifyRequest): Locale {
  const remembered = req.cookies[languageCookie];
  return isLocale(remembered) ? remembered : (requestedLocale(req.headers['accept-language']) ?? 'az');
}

const cataloguePreload = /<link rel="modulepreload"[^>]*data-language="([a-z]+)"[^>]*>\s*/g;

/**
 * Keeps, of the pages' hints to fetch language catalogues early, only the one for `language`.
 * Should the page then choose another language (a signed-in user's own), it fetches that
 * catalogue itself, one round trip later.
 */
export const onlyCatalogueOf = (html: string, language: Locale) => html.replace(cataloguePreload, (link, of: string) => (of === language ? link : ''));
