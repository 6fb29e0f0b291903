import type { CldrFacts } from './cldr-facts.js';

/** A calendar date and clock time, already in the zone they are to be shown in. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const token = /'([^']*)'|(d{1,2}|M{1,4}|L{1,4}|y{1,4}|H{1,2}|m{1,2})|([^'dMLyHm]+)/g;
const two = (n: number) => String(n).padStart(2, '0');

/** Formats with an LDML pattern (the subset CLDR's medium date and short time patterns use). */
export function formatPattern(pattern: string, p: DateParts, facts: CldrFacts): string {
  return pattern.replace(token, (_all, quoted: string | undefined, field: string | undefined, literal: string | undefined) => {
    if (quoted !== undefined) return quoted;
    if (literal !== undefined) return literal;
    switch (field) {
      case 'd':
        return String(p.day);
      case 'dd':
        return two(p.day);
      case 'M':
        return String(p.month);
      case 'MM':
        return two(p.month);
      case 'MMM':
        return facts.monthsAbbr[p.month - 1]!;
      case 'LLLL':
      case 'MMMM':
        return facts.monthsStandaloneWide[p.month - 1]!;
      case 'yy':
        return two(p.year % 100);
      case 'H':
        return String(p.hour);
      case 'HH':
        return two(p.hour);
      case 'm':
      case 'mm':
        return two(p.minute);
      default:
        return String(p.year);
    }
  });
}

/** #,##0.### with the locale's symbols and its minimum grouping digits. */
export function formatDecimal(n: number, facts: CldrFacts): string {
  const [int = '0', fraction] = Math.abs(n).toFixed(3).replace(/0+$/, '').replace(/\.$/, '').split('.');
  const grouped = int.length - 3 >= facts.minimumGroupingDigits ? int.replace(/\B(?=(\d{3})+(?!\d))/g, facts.group) : int;
  return `${n < 0 ? '-' : ''}${grouped}${fraction ? facts.decimal + fraction : ''}`;
}

/** The parts of an instant on a given clock, using only data every browser has (English, numeric). */
export function partsIn(timeZone: string) {
  const format = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' });
  return (at: Date): DateParts => {
    const parts = Object.fromEntries(format.formatToParts(at).map((x) => [x.type, Number(x.value)]));
    return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute! };
  };
}
