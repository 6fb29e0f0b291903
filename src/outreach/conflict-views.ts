import type { AccessService } from '../access/service.js';
import type { PeopleService } from '../people/service.js';
import type { Executor } from '../store/store.js';
import type { ConflictView } from './schemas.js';
import { outreachStore, type ConflictRow } from './store.js';

/** An author as sync records it: `userId@deviceId` for a device's change, else a role. */
const deviceAuthor = (author: string) => {
  const at = author.indexOf('@');
  return at > 0 ? { userId: author.slice(0, at), deviceId: author.slice(at + 1) } : undefined;
};

/**
 * Conflicts as a supervisor reads them: whose record, and for each value who made it, on which
 * device and when, so the choice can be made without asking around. Names and labels are looked
 * up in a few queries for the whole list.
 */
export function conflictViews(people: PeopleService, access: Pick<AccessService, 'displayNames'>) {
  return async (db: Executor, rows: readonly ConflictRow[]): Promise<ConflictView[]> => {
    const personIds = [...new Set(rows.map((c) => c.person_id))];
    const authors = rows.flatMap((c) => [deviceAuthor(c.current_author), deviceAuthor(c.proposed_author)].filter((a) => a !== undefined));
    const userIds = [...new Set([...authors.map((a) => a.userId), ...rows.flatMap((c) => (c.resolved_by ? [c.resolved_by] : []))])];
    const [persons, events, names, devices] = await Promise.all([
      people.byIds(personIds, db),
      people.events(personIds, db),
      access.displayNames(userIds),
      outreachStore.devicesByIds(db, [...new Set(authors.map((a) => a.deviceId))]),
    ]);
    const labels = new Map(devices.map((d) => [d.id, d.label]));
    // The value on record was set by the newest change of the field after the version both devices started from.
    const setAt = (c: ConflictRow) =>
      events
        .filter((e) => e.personId === c.person_id && e.type === 'corrected' && e.version > c.base_version && (e.payload as { field?: string }).field === c.field)
        .reduce<string | null>((at, e) => (at && at > e.at ? at : e.at), null);
    const side = (value: string | null, author: string, at: string | null) => {
      const device = deviceAuthor(author);
      return { value, author, by: device ? (names.get(device.userId) ?? null) : null, device: device ? (labels.get(device.deviceId) ?? null) : null, at };
    };
    return rows.map((c) => {
      const person = persons.get(c.person_id);
      return {
        id: c.id,
        personId: c.person_id,
        person: person ? { givenName: person.givenName.value, familyName: person.familyName.value } : null,
        field: c.field,
        baseVersion: c.base_version,
        current: side(c.current_value, c.current_author, setAt(c)),
        proposed: side(c.proposed_value, c.proposed_author, c.created_at),
        state: c.state as ConflictView['state'],
        createdAt: c.created_at,
        chosen: c.chosen as ConflictView['chosen'],
        resolvedBy: c.resolved_by ? (names.get(c.resolved_by) ?? null) : null,
        resolvedAt: c.resolved_at,
      };
    });
  };
}
