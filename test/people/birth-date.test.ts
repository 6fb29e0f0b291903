import { describe, expect, it } from 'vitest';
import { checkBirthDate } from '../../src/people/core/birth-date.js';

const today = new Date('2026-01-15T09:00:00Z');

describe('birth dates, full or partial', () => {
  it.each([
    ['1958', 'a year alone'],
    ['1985-07', 'a year and month'],
    ['1961-03-14', 'a full date'],
    ['2000-02-29', 'the 29th of February of a leap year'],
    ['2026-01-15', 'today'],
    ['2026-01', 'this month'],
    ['2026', 'this year'],
    ['1906-01-15', 'exactly 120 years ago'],
    ['1906-01', 'a month that reaches 120 years ago'],
    ['1906', 'a year that reaches 120 years ago'],
  ])('accepts %s (%s)', (value) => {
    expect(checkBirthDate(value, today)).toBeUndefined();
  });

  it.each([
    ['1990-02-31', 'date.invalid', 'the 31st of February'],
    ['1900-02-29', 'date.invalid', 'the 29th of February of a century that is not a leap year'],
    ['1990-13-01', 'date.invalid', 'month 13'],
    ['1990-13', 'date.invalid', 'month 13 without a day'],
    ['1990-00', 'date.invalid', 'month 0'],
    ['1990-04-31', 'date.invalid', 'the 31st of April'],
    ['1990-01-00', 'date.invalid', 'day 0'],
    ['14.03.1961', 'date.invalid', 'a local format'],
    ['61', 'date.invalid', 'a two-digit year'],
    ['2026-01-16', 'date.future', 'tomorrow'],
    ['2026-02', 'date.future', 'next month'],
    ['2027', 'date.future', 'next year'],
    ['1906-01-14', 'date.too-old', 'a day more than 120 years ago'],
    ['1905-12', 'date.too-old', 'a month entirely more than 120 years ago'],
    ['1905', 'date.too-old', 'a year entirely more than 120 years ago'],
  ])('refuses %s with %s (%s)', (value, rule) => {
    expect(checkBirthDate(value, today)).toBe(rule);
  });
});
