import fs from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { intlTag, locales } from '../../src/platform/i18n/locale.js';
import az from '../../web/ui/i18n/outreach-messages/az.js';
import en from '../../web/ui/i18n/outreach-messages/en.js';
import hy from '../../web/ui/i18n/outreach-messages/hy.js';
import ru from '../../web/ui/i18n/outreach-messages/ru.js';

const catalogues: Record<string, Record<string, string>> = { az, hy, ru, en };
const keys = Object.keys(en);
/** Keys the app builds from a value (a tab, a field, a state, a reason, a wipe's cause…). */
const builtPrefixes = ['nav.', 'field.', 'sex.', 'needs.', 'relationship.', 'state.', 'reason.', 'kind.', 'wiped.', 'document.'];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : /\.(ts|tsx)$/.test(e.name) ? [full] : [];
  });
}

describe('outreach message catalogues', () => {
  it.each(locales)('%s has exactly the keys of the English catalogue, none empty', (lang) => {
    const catalogue = catalogues[lang]!;
    expect(Object.keys(catalogue).filter((k) => !(k in en))).toEqual([]);
    expect(keys.filter((k) => !catalogue[k]?.trim())).toEqual([]);
  });

  it('uses every key in the outreach code, and no key the catalogues lack', () => {
    const source = sourceFiles('web/outreach').map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    const quoted = new Set([...source.matchAll(/'([a-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)+)'/g)].map((m) => m[1]!));
    expect(keys.filter((k) => !quoted.has(k) && !builtPrefixes.some((p) => k.startsWith(p)))).toEqual([]);
    expect([...source.matchAll(/\bt\('([^']+)'/g)].map((m) => m[1]!).filter((k) => !(k in en))).toEqual([]);
  });

  it.each(locales)('%s messages all format, with nothing left unfilled', (lang) => {
    for (const key of keys) {
      const text = String(new IntlMessageFormat(catalogues[lang]![key]!, intlTag[lang]).format({ count: 3, hours: 72 }));
      expect(text, `${key}:${lang}`).not.toMatch(/[{}]/);
    }
  });
});
