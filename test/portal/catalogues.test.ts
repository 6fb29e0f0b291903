import fs from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { intlTag, locales } from '../../src/platform/i18n/locale.js';
import az from '../../web/ui/i18n/portal-messages/az.js';
import en from '../../web/ui/i18n/portal-messages/en.js';
import hy from '../../web/ui/i18n/portal-messages/hy.js';
import ru from '../../web/ui/i18n/portal-messages/ru.js';

const catalogues: Record<string, Record<string, string>> = { az, hy, ru, en };
const keys = Object.keys(en);
/** Keys the portal builds from a value (a state, a step, a reason, a document type, a sex). */
const builtPrefixes = ['state.', 'step.', 'reason.', 'doc.', 'sex.'];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : /\.(ts|tsx)$/.test(e.name) ? [full] : [];
  });
}

const sample = { n: 2, total: 6, name: 'x', count: 3, text: 'x', reference: 'K7M-4XT-9PR', keyId: 'abc', state: 'x', done: 1, reason: 'x', date: 'x', holder: 'A. B.', birthYear: '1980' };

describe('portal message catalogues', () => {
  it.each(locales)('%s has exactly the keys of the English catalogue, none empty', (lang) => {
    const catalogue = catalogues[lang]!;
    expect(Object.keys(catalogue).filter((k) => !(k in en))).toEqual([]);
    expect(keys.filter((k) => !catalogue[k]?.trim())).toEqual([]);
  });

  it('uses every key in the portal code, and no key the catalogues lack', () => {
    const source = sourceFiles('web/portal').map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    const quoted = new Set([...source.matchAll(/'([a-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)+)'/g)].map((m) => m[1]!));
    expect(keys.filter((k) => !quoted.has(k) && !builtPrefixes.some((p) => k.startsWith(p)))).toEqual([]);
    expect([...source.matchAll(/\bt\('([^']+)'/g)].map((m) => m[1]!).filter((k) => !(k in en))).toEqual([]);
  });

  it.each(locales)('%s messages all format, with nothing left unfilled', (lang) => {
    for (const key of keys) {
      const text = String(new IntlMessageFormat(catalogues[lang]![key]!, intlTag[lang]).format(sample));
      expect(text, `${key}:${lang}`).not.toMatch(/[{}]/);
    }
  });
});
