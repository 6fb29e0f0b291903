import type { AccessService } from '../access/service.js';
import type { AuditService } from '../audit/service.js';
import type { OfficesService } from '../offices/service.js';
import { accessLog } from './core/access-log.js';
import type { ResidentFile } from './resident-file.js';
import type { AccessLogEntry } from './schemas.js';

/** The newest entries a resident sees; an older history is in the data-protection officer's hands. */
const limit = 1000;

/**
 * Who accessed a resident's file, from the audit trail: each entry about their records,
 * applications or scans, as role, office, purpose, when and what — see core/access-log.ts.
 */
export function createAccessLogs(audit: AuditService, access: AccessService, offices: OfficesService) {
  return async function accessLogOf(file: ResidentFile): Promise<AccessLogEntry[]> {
    const rows = await audit.about(
      [
        { type: 'person', ids: file.people },
        { type: 'application', ids: file.applications },
        { type: 'attachment', ids: file.attachments },
      ],
      limit,
    );
    const officeOfUser = new Map((await access.listUsers()).map((u) => [u.id, u.officeId]));
    const lines = accessLog(rows, (id) => officeOfUser.get(id) ?? null);
    const officeIds = [...new Set(lines.flatMap((l) => (l.officeId ? [l.officeId] : [])))];
    const known = new Map((await Promise.all(officeIds.map((id) => offices.office(id)))).flatMap((o) => (o ? [[o.id, o] as const] : [])));
    return lines.map(({ officeId, ...line }) => {
      const office = officeId ? known.get(officeId) : undefined;
      return { ...line, office: office ? { id: office.id, code: office.code, names: office.names } : null };
    });
  };
}
