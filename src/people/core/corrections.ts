import type { PersonView } from '../schemas.js';
import type { PersonRow } from '../store.js';
import { detectScript } from './script.js';

/** The details of a person's record a resident may ask to have corrected, and the store applies. */
export const correctableFields = ['givenName', 'patronymic', 'familyName', 'sex', 'birthDate', 'email', 'residence'] as const;
export type CorrectableField = (typeof correctableFields)[number];

/** The field's value as the record holds it now, as text (what a correction replaces). */
export function currentValue(p: PersonView, field: CorrectableField): string | null {
  switch (field) {
    case 'givenName':
      return p.givenName.value;
    case 'patronymic':
      return p.patronymic?.value ?? null;
    case 'familyName':
      return p.familyName.value;
    case 'sex':
      return p.sex;
    case 'birthDate':
      return p.birthDate;
    case 'email':
      return p.email;
    case 'residence':
      return p.residence?.text ?? p.residence?.placeId ?? null;
  }
}

/** The columns that change when a field is corrected to `value` (already validated). */
export function correctedColumns(field: CorrectableField, value: string): Partial<PersonRow> {
  switch (field) {
    case 'givenName':
      return { given_name: value, given_name_script: detectScript(value) };
    case 'patronymic':
      return { patronymic: value, patronymic_script: detectScript(value) };
    case 'familyName':
      return { family_name: value, family_name_script: detectScript(value) };
    case 'sex':
      return { sex: value };
    case 'birthDate':
      return { birth_date: value };
    case 'email':
      return { email: value };
    // Written as the resident wrote it; a registrar may later choose the place from the gazetteer.
    case 'residence':
      return { residence_text: value, residence_place_id: null };
  }
}
