/** What a resident is told happened to their file: looked at, changed, or exported. */
export const accessKinds = ['viewed', 'changed', 'exported'] as const;
export type AccessKind = (typeof accessKinds)[number];

/**
 * Entries a resident is not shown. Their own actions are not "access by others". A legal hold is
 * placed for a court case or an investigation, which telling its subject could defeat: the
 * data-protection officer decides whether to disclose it, case by case (as the law allows a
 * restriction of the right of access for such reasons).
 */
const notShown = (r: { actor_role: string; action: string }) => r.actor_role === 'applicant' || r.action.startsWith('legal-hold.');

const kindOf = (action: string): AccessKind => (action === 'read' || action === 'list' ? 'viewed' : action.startsWith('export') ? 'exported' : 'changed');

export interface AuditLine {
  at: string;
  actor_id: string | null;
  actor_role: string;
  action: string;
  purpose: string | null;
  sections: string | null;
}

export interface AccessLogLine {
  at: string;
  role: string;
  officeId: string | null;
  purpose: string | null;
  kind: AccessKind;
  sections: string[];
}

/**
 * The audit trail's entries about a resident's file, as the resident reads them: when, which role
 * from which office, for what purpose, what was done and which parts of the record — never who on
 * the staff. Staff act for their office; naming them to the people they serve would expose them
 * to pressure, and the data-protection officer can name them from the trail if a resident
 * complains. One action often writes several entries at once (the application and the person):
 * entries alike in all that is shown, within the same minute, are one line.
 */
export function accessLog(rows: readonly AuditLine[], officeOf: (userId: string) => string | null): AccessLogLine[] {
  const out: AccessLogLine[] = [];
  for (const r of rows) {
    if (notShown(r)) continue;
    const line: AccessLogLine = {
      at: r.at,
      role: r.actor_role,
      officeId: r.actor_id ? officeOf(r.actor_id) : null,
      purpose: r.purpose,
      kind: kindOf(r.action),
      sections: r.sections ? (JSON.parse(r.sections) as string[]) : [],
    };
    const last = out.at(-1);
    if (last && last.at.slice(0, 16) === line.at.slice(0, 16) && last.role === line.role && last.officeId === line.officeId && last.purpose === line.purpose && last.kind === line.kind) {
      last.sections = [...new Set([...last.sections, ...line.sections])];
    } else out.push(line);
  }
  return out;
}
