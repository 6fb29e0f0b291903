import type { IntakeFigureTable } from '../../ui/api/types.js';

export type FigureRow = IntakeFigureTable['rows'][number];

/** Where the applications came from, one line per site: an office, an outreach reception, or the portal. */
export interface SiteTotal {
  key: string;
  channel: FigureRow['channel'];
  officeId: string | null;
  outreachEventId: string | null;
  count: number;
}

export function totalsBySite(rows: FigureRow[]): SiteTotal[] {
  const sites = new Map<string, SiteTotal>();
  for (const r of rows) {
    const key = `${r.channel}|${r.officeId ?? ''}|${r.outreachEventId ?? ''}`;
    const site = sites.get(key) ?? { key, channel: r.channel, officeId: r.officeId, outreachEventId: r.outreachEventId, count: 0 };
    site.count += r.count;
    sites.set(key, site);
  }
  return [...sites.values()].sort((a, b) => b.count - a.count);
}

/** RFC 4180 CSV: fields with commas, quotes or line breaks are quoted. */
export function toCsv(header: string[], lines: (string | number)[][]): string {
  const cell = (v: string | number) => {
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...lines].map((l) => l.map(cell).join(',')).join('\r\n') + '\r\n';
}
