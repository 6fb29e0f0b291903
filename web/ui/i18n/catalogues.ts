import type { Messages } from './message-keys.js';
import type { Locale } from './locales.js';

/** Each language's catalogue is its own chunk: a registrar downloads only the language they use. */
const catalogues: Record<Locale, () => Promise<{ default: Messages }>> = {
  az: () => import('./messages/az.js'),
  hy: () => import('./messages/hy.js'),
  ru: () => import('./messages/ru.js'),
  en: () => import('./messages/en.js'),
};

export async function loadCatalogue(locale: Locale): Promise<Messages> {
  return (await catalogues[locale]()).default;
}
