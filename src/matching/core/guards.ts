/**
 * Hard-negative guards: explicit rules for relatives that a field-by-field model cannot tell
 * from duplicates, because relatives agree on many fields *together* (the model assumes fields
 * are independent given the match status). Each rule is overridden by the same document number,
 * which relatives never share.
 *
 * - distinctGivenNames: twins and siblings share surname, patronymic, household, phone, place
 *   and (twins) birth date; only the given name tells them apart. A given name that agrees at no
 *   level (not even a typo, an equivalent or an initial), with a surname that does not disagree,
 *   means another person of the same family. When the surnames differ too, the records do not
 *   look like relatives and the model alone decides (it needs strong evidence then).
 * - differentGeneration: a father and son, or grandfather and grandson, with the same name
 *   (naming after the grandfather is common). Birth dates that agree at no level and are 15 or
 *   more years apart mean another person.
 * Spouses sharing a phone are caught by the first rule.
 */
import { DATE_LEVELS } from './dates.js';
import { NAME_LEVEL } from './compare.js';

export type GuardRule = 'distinctGivenNames' | 'differentGeneration';

export interface Guard {
  rule: GuardRule;
  explanation: string;
}

export const GENERATION_GAP_YEARS = 15;
const DATE_DISAGREE = DATE_LEVELS.indexOf('disagree');

/** What a guard looks at; levels are -1 when a field is missing on either side. */
export interface GuardInput {
  givenLevel: number;
  familyLevel: number;
  dateLevel: number;
  documentLevel: number;
  yearGap: number;
}

export function hardNegative({ givenLevel, familyLevel, dateLevel, documentLevel, yearGap }: GuardInput): Guard | undefined {
  if (documentLevel === 0) return undefined;
  if (givenLevel === NAME_LEVEL.disagree && familyLevel !== NAME_LEVEL.disagree) {
    return {
      rule: 'distinctGivenNames',
      explanation: 'different given names: relatives such as twins or siblings, however much else agrees',
    };
  }
  if (dateLevel === DATE_DISAGREE && yearGap >= GENERATION_GAP_YEARS) {
    return {
      rule: 'differentGeneration',
      explanation: `born ${yearGap} years apart: parent and child or grandparent and grandchild`,
    };
  }
  return undefined;
}
