import type { Deps } from '../context.js';
import { inScope, type Caller } from '../access/caller.js';
import type { AuditService } from '../audit/service.js';
import { Problem } from '../platform/problem.js';
import type { FileStore } from '../store/files.js';
import { findResult, runIdempotent, type IdempotencyClaim } from '../store/idempotency.js';
import { attachmentMediaTypes, checkAttachment, maxAttachmentBytes, type AttachmentKind } from './core/attachments.js';
import { isOpen, type State } from './core/lifecycle.js';
import { registrationStore } from './store.js';
import { toAttachmentView } from './views.js';

/**
 * Document scans attached to an application. The bytes go to the file store first (a file
 * nobody refers to is harmless); the row that refers to them and the application's 'attach'
 * action are written together.
 */
export function createAttachments({ store, clock, ids }: Deps, files: FileStore, audit: AuditService) {
  async function scoped(caller: Caller, applicationId: string) {
    const app = await registrationStore.application(store.db, applicationId);
    if (!app || !inScope(caller, { officeId: app.office_id, applicationId: app.id })) throw Problem.notFound('application');
    return app;
  }

  return {
    async add(caller: Caller, applicationId: string, kind: AttachmentKind, mediaType: string, content: Buffer, claim?: IdempotencyClaim) {
      const rule = checkAttachment(mediaType, content);
      if (rule) {
        const params: Record<string, string | number> | undefined =
          rule === 'attachment.size' ? { max: maxAttachmentBytes } : rule === 'attachment.media-type' ? { allowed: attachmentMediaTypes.join(', ') } : undefined;
        throw Problem.validation([{ pointer: '', rule, ...(params ? { params } : {}) }]);
      }
      const app = await scoped(caller, applicationId);
      // A repeat (a device resending after a lost answer) is answered before its bytes are stored
      // again: the file store would otherwise keep a copy nobody refers to for each repeat.
      const earlier = claim && (await findResult<ReturnType<typeof toAttachmentView>>(store.db, claim));
      if (earlier) return earlier.result;
      if (!isOpen(app.state as State)) throw new Problem('illegal-transition', { state: app.state }, [], { currentState: app.state, step: 'attach' });
      const fileId = await files.put(content);
      const { result } = await runIdempotent(store, clock, claim, async (trx) => {
        const row = {
          id: ids.uuid(),
          application_id: applicationId,
          kind,
          media_type: mediaType,
          size: content.length,
          file_id: fileId,
          created_by: caller.actor.id,
          created_at: clock.now().toISOString(),
        };
        await registrationStore.insertAttachment(trx, row);
        await audit.record(trx, { actor: caller.actor, action: 'application.attach', record: { type: 'application', id: applicationId }, sections: ['documents'] });
        return toAttachmentView(row);
      });
      return result;
    },

    async content(caller: Caller, applicationId: string, attachmentId: string) {
      await scoped(caller, applicationId);
      const row = await registrationStore.attachment(store.db, applicationId, attachmentId);
      if (!row) throw Problem.notFound('attachment');
      await audit.recordReads({
        actor: caller.actor,
        action: 'read',
        purpose: caller.purpose,
        record: { type: 'attachment', id: attachmentId },
        sections: ['documents'],
      });
      return { mediaType: row.media_type, content: await files.get(row.file_id) };
    },
  };
}

export type Attachments = ReturnType<typeof createAttachments>;
