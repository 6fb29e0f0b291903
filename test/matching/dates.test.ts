import { describe, expect, it } from 'vitest';
import { compareDates, DATE_LEVELS, parsePartialDate } from '../../src/matching/core/dates.js';

function level(a: string, b: string): string {
  const x = parsePartialDate(a);
  const y = parsePartialDate(b);
  if (!x || !y) throw new Error('test dates must parse');
  return DATE_LEVELS[compareDates(x.year, x.month, x.day, y.year, y.month, y.day)] ?? '?';
}

describe('birth date agreement', () => {
  it.each([
    ['1975-03-12', '1975-03-12', 'exact'],
    ['1975', '1975-03-12', 'partial'],
    ['1975-03', '1975-03-12', 'partial'],
    ['1975-03', '1975-04-12', 'sameYear'],
    ['1975-03-12', '1975-12-03', 'swapped'],
    ['1975-03-12', '1975-03-13', 'oneOff'],
    ['1975-03-12', '1957-03-12', 'oneOff'],
    ['1975-03-12', '1985-03-12', 'oneOff'],
    ['1978-01-20', '2024-01-20', 'farApart'],
    ['1978-01-20', '1983-01-20', 'disagree'],
    ['1975-03-12', '1975-07-30', 'sameYear'],
    ['1975-03-12', '1976-07-30', 'nearYear'],
    ['1975', '1976', 'nearYear'],
    ['1975-03-12', '1980-07-30', 'disagree'],
    ['1975-03-12', '1950-07-30', 'farApart'],
    ['1950', '1975-03-12', 'farApart'],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(level(a, b)).toBe(expected);
    expect(level(b, a)).toBe(expected);
  });

  it('reads partial ISO dates and rejects anything else', () => {
    expect(parsePartialDate('1975')).toEqual({ year: 1975, month: 0, day: 0 });
    expect(parsePartialDate(' 1975-03 ')).toEqual({ year: 1975, month: 3, day: 0 });
    expect(parsePartialDate('1975-13-01')).toEqual({ year: 1975, month: 0, day: 0 });
    expect(parsePartialDate('12.03.1975')).toBeUndefined();
    expect(parsePartialDate(undefined)).toBeUndefined();
  });
});
