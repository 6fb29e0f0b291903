/**
 * Birth dates, possibly partial ('YYYY', 'YYYY-MM', 'YYYY-MM-DD'), and how two of them agree.
 * Levels, best first, and the keying or recall errors each one stands for:
 *   exact     the same full date
 *   partial   one or both are partial and agree on every part both have
 *   swapped   day and month exchanged (US order, or a clerk's slip)
 *   oneOff    one of year, month, day differs (a year only by one digit or a swap): a single typo
 *   sameYear  the year agrees, month and day both differ (remembered only by year)
 *   nearYear  the years differ by one (age computed at the wrong time of year)
 *   disagree
 *   farApart  nothing agrees and the years are a generation apart (GENERATION_GAP_YEARS or more):
 *             a father and son, not a typo; kept apart so that the guard and EM can see it
 */
export const DATE_LEVELS = ['exact', 'partial', 'swapped', 'oneOff', 'sameYear', 'nearYear', 'disagree', 'farApart'] as const;
export const GENERATION_GAP_YEARS = 15;

export interface PartialDate {
  year: number;
  /** 0 when unknown */
  month: number;
  /** 0 when unknown */
  day: number;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u;

/** Parses a partial ISO date; an impossible month or day is dropped (the year is kept). */
export function parsePartialDate(text: string | undefined): PartialDate | undefined {
  const match = text === undefined ? null : DATE.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2] ?? 0);
  const day = Number(match[3] ?? 0);
  if (month < 1 || month > 12) return { year, month: 0, day: 0 };
  return { year, month, day: day >= 1 && day <= 31 ? day : 0 };
}

/** Years one keying error apart: one digit wrong, or two neighbouring digits swapped (1978/1987). */
function yearTypo(y1: number, y2: number): boolean {
  const a = String(y1);
  const b = String(y2);
  if (a.length !== b.length) return false;
  const differ = [...a].flatMap((c, k) => (c === b[k] ? [] : [k]));
  if (differ.length === 1) return true;
  const [k, l] = differ as [number, number];
  return differ.length === 2 && l === k + 1 && a[k] === b[l] && a[l] === b[k];
}

/** Compares two dates given as year/month/day numbers (0 = unknown); returns a DATE_LEVELS index. */
export function compareDates(y1: number, m1: number, d1: number, y2: number, m2: number, d2: number): number {
  const full = m1 > 0 && d1 > 0 && m2 > 0 && d2 > 0;
  if (full) {
    if (y1 === y2 && m1 === m2 && d1 === d2) return 0;
    if (y1 === y2 && m1 === d2 && d1 === m2) return 2;
    if (m1 === m2 && d1 === d2 && yearTypo(y1, y2)) return 3;
    if (y1 === y2) return m1 === m2 || d1 === d2 ? 3 : 4;
    return yearsApart(y1, y2);
  }
  const monthsAgree = m1 === 0 || m2 === 0 || m1 === m2;
  const daysAgree = d1 === 0 || d2 === 0 || d1 === d2;
  if (y1 === y2) return monthsAgree && daysAgree ? 1 : 4;
  return yearsApart(y1, y2);
}

function yearsApart(y1: number, y2: number): number {
  const gap = Math.abs(y1 - y2);
  if (gap === 1) return 5;
  return gap >= GENERATION_GAP_YEARS ? 7 : 6;
}
