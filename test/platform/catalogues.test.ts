import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { notificationCatalogues, notificationEvents, renderNotification } from '../../src/notifications/core/templates.js';
import { createTranslator, missingTranslations, type Catalogue } from '../../src/platform/i18n/catalogue.js';
import { locales } from '../../src/platform/i18n/locale.js';
import { problemTitles } from '../../src/platform/i18n/problem-messages.js';
import { ruleMessages } from '../../src/platform/i18n/rule-messages.js';
import type { ProblemCode } from '../../src/platform/problem.js';
import { rejectionReasons, withdrawalReasons } from '../../src/registration/core/lifecycle.js';

// Compile-time: a problem code without a title fails the type check.
const _everyProblemHasATitle: Record<ProblemCode, unknown> = problemTitles;

const catalogues: Record<string, Catalogue<string>> = {
  'problem titles': problemTitles,
  'rule messages': ruleMessages,
  'notification texts': notificationCatalogues.texts,
  'notification subjects': notificationCatalogues.subjects,
  'reason labels': notificationCatalogues.reasonLabels,
};

/** Sample values for every placeholder the catalogues use. */
const sampleParams = {
  count: 2, expected: 'string', min: 3, max: 9, format: 'email', options: 'a, b', years: 120, type: 'am-passport',
  channel: 'reception', site: 'officeId', allowed: 'image/png', state: 'received', limit: 1024, seconds: 30,
  resource: 'application', reference: 'K7M-4XT-9PR', comment: 'x', reason: 'y', code: '123456',
};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

/** Every validation rule the server can name: in field errors, Problem.field calls and the rule types. */
function rulesUsedInSource(): Set<string> {
  const rules = new Set<string>();
  for (const file of sourceFiles(path.resolve('src'))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\brule: '([a-z.-]+)'/g)) rules.add(m[1]!);
    for (const m of text.matchAll(/Problem\.field\([^,()]+, '([a-z.-]+)'/g)) rules.add(m[1]!);
    for (const m of text.matchAll(/type \w*Rule = ([^;]+);/g)) for (const r of m[1]!.matchAll(/'([a-z.-]+)'/g)) rules.add(r[1]!);
  }
  return rules;
}

describe('server message catalogues', () => {
  it.each(Object.entries(catalogues))('%s are complete in az, hy, ru and en', (_name, catalogue) => {
    expect(missingTranslations(catalogue)).toEqual([]);
  });

  it.each(Object.entries(catalogues))('%s all format, in every language, with nothing left unfilled', (_name, catalogue) => {
    const t = createTranslator(catalogue);
    for (const key of Object.keys(catalogue)) {
      for (const locale of locales) {
        const text = t(locale, key, sampleParams);
        expect(text, `${key}:${locale}`).not.toMatch(/[{}]/);
        expect(text, `${key}:${locale}`).not.toBe(key);
      }
    }
  });

  it('name every rule the server reports', () => {
    const used = rulesUsedInSource();
    for (const rule of ['date.future', 'attachment.size', 'reason.required', 'place.unknown', 'header.if-match']) expect(used).toContain(rule);
    expect([...used].filter((rule) => !(rule in ruleMessages))).toEqual([]);
  });

  it('tell the applicant about every event and explain every reason, in their language', () => {
    expect(Object.keys(notificationCatalogues.texts).sort()).toEqual([...notificationEvents].sort());
    for (const reason of [...rejectionReasons, ...withdrawalReasons]) expect(notificationCatalogues.reasonLabels).toHaveProperty(reason);
    const texts = new Set<string>();
    for (const locale of locales) {
      const { subject, text } = renderNotification('rejected', locale, { reference: 'K7M-4XT-9PR', reasonCode: 'not-eligible' });
      expect(subject).toContain('K7M-4XT-9PR');
      expect(text).toContain('K7M-4XT-9PR');
      expect(text).toContain(notificationCatalogues.reasonLabels['not-eligible'][locale]);
      texts.add(text);
    }
    expect(texts.size).toBe(locales.length);
  });
});
