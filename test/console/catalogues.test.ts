import fs from 'node:fs';
import path from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import az from '../../web/ui/i18n/messages/az.js';
import en from '../../web/ui/i18n/messages/en.js';
import hy from '../../web/ui/i18n/messages/hy.js';
import ru from '../../web/ui/i18n/messages/ru.js';

const catalogues = { en, az, hy, ru } as Record<string, Record<string, string>>;
const keys = Object.keys(en);

/** The CLDR cardinal plural categories each language must give (reference/locale_cldr48.json). */
const cldr = JSON.parse(fs.readFileSync('reference/locale_cldr48.json', 'utf8')) as { locales: Record<string, { intl_samples: { plural_categories_cardinal: string[] } }> };
const pluralCategories = (lang: string) => cldr.locales[lang]!.intl_samples.plural_categories_cardinal;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    // The portal and the outreach app have catalogues of their own (test/portal, test/outreach).
    const ownCatalogue = ['portal', 'outreach'].some((app) => full.endsWith(`${app}-messages`) || full === path.join('web', app));
    if (e.isDirectory()) return full.endsWith(path.join('i18n', 'messages')) || ownCatalogue ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(e.name) ? [full] : [];
  });
}

function plurals(elements: MessageFormatElement[]): { variable: string; options: string[] }[] {
  return elements.flatMap((e) =>
    e.type === TYPE.plural
      ? [{ variable: e.value, options: Object.keys(e.options) }, ...Object.values(e.options).flatMap((o) => plurals(o.value))]
      : e.type === TYPE.select
        ? Object.values(e.options).flatMap((o) => plurals(o.value))
        : [],
  );
}

function variables(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((e) => {
    const own = e.type !== TYPE.literal && e.type !== TYPE.pound && 'value' in e ? [String(e.value)] : [];
    const nested = 'options' in e ? Object.values(e.options).flatMap((o) => variables(o.value)) : [];
    return [...own, ...nested];
  });
}

describe('console message catalogues', () => {
  it.each(Object.keys(catalogues))('%s has exactly the keys of the English catalogue, none empty', (lang) => {
    const catalogue = catalogues[lang]!;
    expect(Object.keys(catalogue).filter((k) => !(k in en)), 'keys not in en').toEqual([]);
    expect(keys.filter((k) => !catalogue[k]?.trim()), 'missing or empty').toEqual([]);
  });

  it('uses every key somewhere in the web code, and no key the catalogues lack', () => {
    const source = sourceFiles('web').map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    const quoted = new Set([...source.matchAll(/'([a-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)+)'/g)].map((m) => m[1]!));
    expect(keys.filter((k) => !quoted.has(k)), 'unused keys').toEqual([]);
    const calls = [...source.matchAll(/\bt\('([^']+)'/g)].map((m) => m[1]!);
    expect(calls.filter((k) => !(k in en)), 'keys used but not in the catalogues').toEqual([]);
  });

  it.each(Object.keys(catalogues))('%s messages are valid ICU with the plural forms CLDR gives the language', (lang) => {
    for (const key of keys) {
      const message = catalogues[lang]![key]!;
      const ast = parse(message);
      for (const p of plurals(ast)) {
        const categories = p.options.filter((o) => !o.startsWith('='));
        expect(categories.sort(), `${lang} ${key}`).toEqual([...pluralCategories(lang)].sort());
      }
      expect(new Set(variables(ast)), `${lang} ${key} placeholders`).toEqual(new Set(variables(parse(en[key as keyof typeof en]))));
    }
  });
});
