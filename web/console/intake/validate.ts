import { fieldErrorsFrom } from '../../../src/http/zod-errors.js';
import { personProblems } from '../../../src/people/core/validate.js';
import { createTranslator } from '../../../src/platform/i18n/catalogue.js';
import { ruleMessages, type Rule } from '../../../src/platform/i18n/rule-messages.js';
import type { FieldError } from '../../../src/platform/problem.js';
import { HouseholdMemberInput, PersonInput } from '../../../src/people/schemas.js';
import { ApplicationCreate } from '../../../src/registration/schemas.js';
import type { Locale } from '../../ui/i18n/locales.js';
import { screenPointer, type BuiltRequest } from './request.js';

const ruleMessage = createTranslator(ruleMessages);

/**
 * The server's own checks, run in the browser as the registrar types: the request schema (zod),
 * then the person rules (birth date, phones, document numbers). The messages are the server's
 * too, so what the form says before sending is what the API would answer.
 */
export function validateIntake({ body, rows }: BuiltRequest, locale: Locale, today = new Date()): Record<string, string> {
  const parsed = ApplicationCreate.safeParse(body);
  const errors: FieldError[] = parsed.success ? [] : fieldErrorsFrom(parsed.error, 'body');
  // Each person whose shape is already right is checked further, so a wrong phone shows at once,
  // not only once every other field is filled in.
  const people = [{ input: body.applicant as unknown, pointer: '/applicant', schema: PersonInput }, ...(body.household ?? []).map((m, i) => ({ input: m as unknown, pointer: `/household/${i}`, schema: HouseholdMemberInput }))];
  for (const { input, pointer, schema } of people) {
    const person = schema.safeParse(input);
    if (person.success) errors.push(...personProblems(person.data, pointer, today));
  }
  const out: Record<string, string> = {};
  for (const e of errors) {
    const at = screenPointer(rows, e.pointer);
    out[at] ??= ruleMessage(locale, e.rule as Rule, e.params);
  }
  return out;
}

/** The first error at a pointer or inside it (a place's error may name its placeId or text). */
export function errorAt(errors: Record<string, string>, pointer: string): string | undefined {
  if (errors[pointer]) return errors[pointer];
  const inside = Object.keys(errors).find((p) => p.startsWith(`${pointer}/`));
  return inside ? errors[inside] : undefined;
}

/** The id of the control for a pointer, so error summaries can link to it. */
export const fieldId = (pointer: string) => `f${pointer.replace(/\//g, '-')}`;
