import fs from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { purposes, roles } from '../../src/access/core/policy.js';
import { intlTag, locales } from '../../src/platform/i18n/locale.js';
import az from '../../web/ui/i18n/portal-rights-messages/az.js';
import en from '../../web/ui/i18n/portal-rights-messages/en.js';
import hy from '../../web/ui/i18n/portal-rights-messages/hy.js';
import ru from '../../web/ui/i18n/portal-rights-messages/ru.js';

const catalogues: Record<string, Record<string, string>> = { az, hy, ru, en };
const keys = Object.keys(en);
const sample = { role: 'r', office: 'Khankendi', kind: 'viewed', purpose: 'p', field: 'f', value: 'v', state: 'open' };
const source = fs
  .readdirSync('web/portal/rights')
  .map((f) => fs.readFileSync(path.join('web/portal/rights', f), 'utf8'))
  .join('\n');

describe('the "My data" page’s catalogues', () => {
  it.each(locales)('%s has exactly the keys of the English catalogue, none empty, all formatting', (lang) => {
    const catalogue = catalogues[lang]!;
    expect(Object.keys(catalogue).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      const text = String(new IntlMessageFormat(catalogue[key]!, intlTag[lang]).format(sample));
      expect(text, `${key}:${lang}`).not.toMatch(/[{}]/);
      expect(text.trim(), `${key}:${lang}`).not.toBe('');
    }
  });

  it('names every role and purpose, and every key is used by the page', () => {
    for (const role of [...roles, 'system']) expect(en).toHaveProperty(`role.${role}`);
    for (const purpose of [...purposes, 'none']) expect(en).toHaveProperty(`purpose.${purpose}`);
    expect(keys.filter((k) => !source.includes(`'${k}'`))).toEqual([]);
  });
});
