import { describe, expect, it } from 'vitest';
import { purposes, roles } from '../../src/access/core/policy.js';
import { createTranslator, missingTranslations } from '../../src/platform/i18n/catalogue.js';
import { locales } from '../../src/platform/i18n/locale.js';
import { accessKinds } from '../../src/rights/core/access-log.js';
import { copyTexts } from '../../src/rights/core/copy-texts.js';

const t = createTranslator(copyTexts);

describe('the words of a resident’s printed copy', () => {
  it('are complete in az, hy, ru and en, and name every role and purpose', () => {
    expect(missingTranslations(copyTexts)).toEqual([]);
    for (const role of [...roles, 'system']) expect(copyTexts).toHaveProperty(`role.${role}`);
    for (const purpose of [...purposes, 'none']) expect(copyTexts).toHaveProperty(`purpose.${purpose}`);
  });

  it.each(locales)('all format in %s, every kind of access told apart, nothing left unfilled', (locale) => {
    for (const key of Object.keys(copyTexts) as (keyof typeof copyTexts)[]) {
      const text = t(locale, key, { date: '1 May 2026', role: 'r', office: 'Khankendi', kind: 'viewed', purpose: 'p' });
      expect(text, `${key}:${locale}`).not.toMatch(/[{}]/);
    }
    const lines = accessKinds.map((kind) => t(locale, 'accessLine', { date: 'd', role: 'r', office: 'none', kind, purpose: 'p' }));
    expect(new Set(lines).size).toBe(accessKinds.length);
    expect(lines[0]).not.toContain('(');
  });
});
