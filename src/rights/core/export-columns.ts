import type { Section } from '../../access/core/policy.js';

/**
 * The columns a personal-data export may have: an allow-list. Each names the section of a
 * person's record it comes from, so that only someone who sees that section may ask for it.
 * Special categories (health, disability, needs, precise location) are never exported this way.
 */
export const exportColumns = {
  reference: 'identity',
  givenName: 'identity',
  patronymic: 'identity',
  familyName: 'identity',
  sex: 'identity',
  birthDate: 'identity',
  birthPlace: 'identity',
  residence: 'contact',
  phone: 'contact',
  email: 'contact',
  documentType: 'documents',
  documentNumber: 'documents',
  applicationState: 'identity',
  channel: 'identity',
  office: 'identity',
  receivedOn: 'identity',
} as const satisfies Record<string, Section>;

export type ExportColumn = keyof typeof exportColumns;
export const exportColumnNames = Object.keys(exportColumns) as [ExportColumn, ...ExportColumn[]];

export const sectionsOfColumns = (columns: readonly ExportColumn[]): Section[] => [...new Set(columns.map((c) => exportColumns[c]))];

/**
 * One CSV cell (RFC 4180). A cell a spreadsheet would take for a formula (=, +, -, @, tab, CR)
 * is prefixed with an apostrophe: a name typed as "=HYPERLINK(…)" must stay text on the
 * partner's computer.
 */
export function csvCell(value: string | null): string {
  let text = value ?? '';
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csv(columns: readonly ExportColumn[], rows: readonly Record<ExportColumn, string | null>[]): string {
  const lines = [columns.join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
