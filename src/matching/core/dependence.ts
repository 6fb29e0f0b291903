/**
 * Fields that are not independent of one another, which Fellegi–Sunter assumes they are. A given
 * name all but fixes the sex: two different people called Լուսինե are both women, so agreeing on
 * sex after agreeing on the name adds nothing, and counting it anyway made namesakes look like
 * duplicates. Sex is therefore read only when the given names are not the same name (a typo-level
 * "close" still reads it: Narek and Nare look alike and differ by sex).
 */
import { NAME_LEVEL } from './compare.js';

export class DependentFields {
  private readonly given: number;
  private readonly sex: number;

  constructor(fields: readonly string[]) {
    this.given = fields.indexOf('givenName');
    this.sex = fields.indexOf('sex');
  }

  /** Sets dependent levels to -1 (no evidence) in place; returns the field set aside, or -1. */
  apply(levels: Int8Array): number {
    if (this.given < 0 || this.sex < 0 || (levels[this.sex] ?? -1) < 0) return -1;
    const given = levels[this.given] ?? -1;
    const sameName = given === NAME_LEVEL.exact || given === NAME_LEVEL.skeleton || given === NAME_LEVEL.related;
    if (!sameName) return -1;
    levels[this.sex] = -1;
    return this.sex;
  }
}
