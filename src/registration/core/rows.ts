import type { Actor } from '../../platform/actor.js';
import type { State } from './lifecycle.js';
import type { ActionRow, ApplicationRow } from '../store.js';
import type { ApplicationView } from '../schemas.js';

export function actionRow(
  applicationId: string,
  version: number,
  type: string,
  stateAfter: State,
  actor: Actor,
  channel: string,
  at: string,
  reasonCode: string | null = null,
  comment: string | null = null,
): ActionRow {
  return {
    application_id: applicationId,
    version,
    type,
    state_after: stateAfter,
    actor_id: actor.id,
    actor_role: actor.role,
    channel,
    at,
    reason_code: reasonCode,
    comment,
  };
}

export const toActionView = (a: ActionRow): ApplicationView['timeline'][number] => ({
  version: a.version,
  type: a.type,
  stateAfter: a.state_after as State,
  actor: { id: a.actor_id, role: a.actor_role },
  channel: a.channel,
  at: a.at,
  reasonCode: a.reason_code,
  comment: a.comment,
});

export const receiptOf = (app: ApplicationRow) => ({
  id: app.id,
  reference: app.reference!,
  state: app.state as State,
  version: app.version,
  createdAt: app.created_at,
  applicantId: app.applicant_id,
});
