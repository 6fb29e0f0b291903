/**
 * Birth dates are often known only in part: a year, or a year and month. They are kept as
 * 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' strings, which sort and compare correctly as text.
 */
export const partialDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export const maxAgeYears = 120;

export type BirthDateRule = 'date.invalid' | 'date.future' | 'date.too-old';

/** The rule a birth date breaks, given today's date, or undefined when it is acceptable. */
export function checkBirthDate(value: string, today: Date): BirthDateRule | undefined {
  const m = partialDatePattern.exec(value);
  if (!m) return 'date.invalid';
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) return 'date.invalid';
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month!))) return 'date.invalid';

  // The earliest moment the partial date can mean must not be after today, and the latest must
  // not be more than 120 years before it.
  const earliest = `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
  const latest = `${m[1]}-${m[2] ?? '12'}-${m[3] ?? String(daysInMonth(year, month ?? 12)).padStart(2, '0')}`;
  const todayIso = today.toISOString().slice(0, 10);
  if (earliest > todayIso) return 'date.future';
  const limit = `${String(today.getUTCFullYear() - maxAgeYears).padStart(4, '0')}${todayIso.slice(4)}`;
  if (latest < limit) return 'date.too-old';
  return undefined;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
