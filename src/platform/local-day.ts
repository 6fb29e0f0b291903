const formatters = new Map<string, Intl.DateTimeFormat>();
let last = { key: '', day: '' };

/**
 * The calendar day (YYYY-MM-DD) an instant falls on in a time zone: what daily figures count by.
 * Every intake asks it about the present, and formatting a date costs more than the rest of
 * planning a row: the answer for the current minute is remembered (zones' offsets are whole minutes).
 */
export function localDay(at: Date, timeZone: string): string {
  const key = `${timeZone}|${Math.floor(at.getTime() / 60_000)}`;
  if (key === last.key) return last.day;
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  last = { key, day: f.format(at) };
  return last.day;
}
