/**
 * Hard-negative guards: explicit rules for relatives that a field-by-field model cannot tell
 * from duplicates, because relatives agree on many fields *together* (the model assumes fields
 * are independent given the match status). They read only agreement levels, so EM can leave the
 * pairs they stop out of its estimate of m. The same document number, which relatives never
 * share, overrides every rule.
 *
 * - distinctGivenNames: twins and siblings share surname, patronymic, household, phone, place
 *   and (twins) birth date; only the given name tells them apart. A given name that agrees at no
 *   level (not even a typo, an equivalent or an initial), with a surname that does not disagree,
 *   means another person of the same family. When the surnames differ too, the records do not
 *   look like relatives and the model alone decides (it needs strong evidence then). Spouses
 *   sharing a phone fall under this rule.
 * - differentSex: given names that only look alike (Armen / Armine) and a different sex: a
 *   brother and sister, often twins.
 * - differentGeneration: a father and son, or grandfather and grandson, with the same name
 *   (naming after the grandfather is common): birth dates that agree at no level and lie a
 *   generation apart (dates.ts farApart).
 */
import { NAME_LEVEL } from './compare.js';
import { DATE_LEVELS } from './dates.js';

export type GuardRule = 'distinctGivenNames' | 'differentSex' | 'differentGeneration';

export interface Guard {
  rule: GuardRule;
  explanation: string;
}

const GUARDS: Record<GuardRule, Guard> = {
  distinctGivenNames: {
    rule: 'distinctGivenNames',
    explanation: 'different given names in one family: relatives such as twins, siblings or spouses, however much else agrees',
  },
  differentSex: {
    rule: 'differentSex',
    explanation: 'given names that only look alike, and a different sex: a brother and sister, often twins',
  },
  differentGeneration: {
    rule: 'differentGeneration',
    explanation: 'born a generation apart: parent and child or grandparent and grandchild with one name',
  },
};

const FAR_APART = DATE_LEVELS.indexOf('farApart');
const SEX_DISAGREE = 1;

/** Applies the rules to a comparison vector whose fields are named by `fields`. */
export class HardNegativeGuards {
  private readonly at: Record<'givenName' | 'familyName' | 'sex' | 'birthDate' | 'documentNumber', number>;

  constructor(fields: readonly string[]) {
    const indexOf = (field: string): number => fields.indexOf(field);
    this.at = {
      givenName: indexOf('givenName'),
      familyName: indexOf('familyName'),
      sex: indexOf('sex'),
      birthDate: indexOf('birthDate'),
      documentNumber: indexOf('documentNumber'),
    };
  }

  /**
   * Positions of the fields the rules read, in two stages so that a caller can compare them first
   * and stop early: document, given and family name alone stop most pairs (distinctGivenNames); sex
   * and birth date complete the rules. A field not yet compared must be left at -1.
   */
  fieldStages(): [number[], number[]] {
    const { documentNumber, givenName, familyName, sex, birthDate } = this.at;
    const present = (fields: number[]): number[] => fields.filter((f) => f >= 0);
    return [present([documentNumber, givenName, familyName]), present([sex, birthDate])];
  }

  private level(levels: Int8Array, field: keyof HardNegativeGuards['at']): number {
    const f = this.at[field];
    return f < 0 ? -1 : (levels[f] ?? -1);
  }

  check(levels: Int8Array): Guard | undefined {
    if (this.level(levels, 'documentNumber') === 0) return undefined;
    const given = this.level(levels, 'givenName');
    if (given === NAME_LEVEL.disagree && this.level(levels, 'familyName') !== NAME_LEVEL.disagree) return GUARDS.distinctGivenNames;
    const looksAlikeOrNot = given === NAME_LEVEL.close || given === NAME_LEVEL.disagree;
    if (looksAlikeOrNot && this.level(levels, 'sex') === SEX_DISAGREE) return GUARDS.differentSex;
    if (this.level(levels, 'birthDate') === FAR_APART) return GUARDS.differentGeneration;
    return undefined;
  }
}
