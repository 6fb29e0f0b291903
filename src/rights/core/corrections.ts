import { z } from 'zod';
import { checkBirthDate, partialDatePattern } from '../../people/core/birth-date.js';
import { correctableFields } from '../../people/core/corrections.js';
import { sexes } from '../../people/schemas.js';
import type { FieldError } from '../../platform/problem.js';

/** What a resident may ask to correct: a detail the store can apply, or anything else, said in words. */
export const correctionFields = [...correctableFields, 'other'] as const;
export type CorrectionField = (typeof correctionFields)[number];

const email = z.email();

/**
 * The rules a correction request meets beyond its shape: a new value for a detail (valid for that
 * detail: a date that exists, an e-mail address, a sex the record knows), or, for "other", words
 * saying what is wrong.
 */
export function correctionProblems(input: { field: CorrectionField; value: string | null; comment: string | null }, today: Date): FieldError[] {
  if (input.field === 'other') return input.comment ? [] : [{ pointer: '/comment', rule: 'required' }];
  const value = input.value;
  if (value === null) return [{ pointer: '/value', rule: 'required' }];
  switch (input.field) {
    case 'givenName':
    case 'patronymic':
    case 'familyName':
      return value.length > 100 ? [{ pointer: '/value', rule: 'too-long', params: { max: 100 } }] : [];
    case 'sex':
      return (sexes as readonly string[]).includes(value) ? [] : [{ pointer: '/value', rule: 'one-of', params: { options: sexes.join(', ') } }];
    case 'birthDate': {
      if (!partialDatePattern.test(value)) return [{ pointer: '/value', rule: 'format', params: { format: 'YYYY-MM-DD' } }];
      const rule = checkBirthDate(value, today);
      return rule ? [{ pointer: '/value', rule, ...(rule === 'date.too-old' ? { params: { years: 120 } } : {}) }] : [];
    }
    case 'email':
      return email.safeParse(value).success ? [] : [{ pointer: '/value', rule: 'format', params: { format: 'email' } }];
    case 'residence':
      return [];
  }
}
