import type { z } from 'zod';
import { fieldErrorsFrom } from '../../src/http/zod-errors.js';
import { createTranslator } from '../../src/platform/i18n/catalogue.js';
import { ruleMessages, type Rule } from '../../src/platform/i18n/rule-messages.js';
import type { Locale } from './i18n/locales.js';

const ruleMessage = createTranslator(ruleMessages);

/**
 * A request checked in the browser by the schema the API parses it with, as the API's field
 * errors would name them (pointer → message in the reader's language); empty when it would pass.
 */
export function schemaErrors(schema: z.ZodType, body: unknown, locale: Locale): Record<string, string> {
  const parsed = schema.safeParse(body);
  const out: Record<string, string> = {};
  if (parsed.success) return out;
  for (const e of fieldErrorsFrom(parsed.error, 'body')) out[e.pointer] ??= ruleMessage(locale, e.rule as Rule, e.params);
  return out;
}
