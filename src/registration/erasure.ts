import type { Kysely } from 'kysely';
import type { Deps } from '../context.js';
import type { Executor } from '../store/store.js';
import { registrationStore, type ListFilter, type RegistrationTables } from './store.js';

/** What an application's anonymisation must also reach outside its own rows. */
export interface ApplicationTraces {
  id: string;
  reference: string | null;
  applicantId: string;
  householdId: string | null;
  attachmentIds: string[];
  /** Scans in the file store, removed once the rows no longer refer to them. */
  fileIds: string[];
}

/**
 * Applications as residents' rights need them (issue 4): found for erasure, retention and
 * personal-data exports, and anonymised. An application is anonymised, never
 * deleted: its row keeps the day, channel, office, outreach reception and state that published
 * figures count, and its actions keep their steps; the reference number, every comment and the
 * scans go. Counting stays true and nothing left names anyone.
 */
export function createRegistrationErasure({ store, clock }: Deps) {
  const db = store.db as Kysely<RegistrationTables>;
  const on = (from: Executor) => from as Kysely<RegistrationTables>;
  return {
    /** Applications made by any of these people. */
    async madeBy(personIds: readonly string[], from: Executor = db): Promise<string[]> {
      return (await registrationStore.applicationsOf(on(from), personIds)).map((r) => r.id);
    },

    /** Applications of these households (whose members are not the applicant). */
    async ofHouseholds(householdIds: readonly string[], from: Executor = db): Promise<string[]> {
      return (await registrationStore.applicationsOfHouseholds(on(from), householdIds)).map((r) => r.id);
    },

    /** The office an application belongs to (null for the portal); undefined when there is no such application. */
    async officeOf(id: string): Promise<string | null | undefined> {
      return (await registrationStore.application(db, id))?.office_id;
    },

    /** Ids of the applications among these that are anonymised already. */
    async anonymised(ids: readonly string[], from: Executor = db): Promise<Set<string>> {
      return new Set((await registrationStore.applicationsByIds(on(from), ids)).filter((a) => a.anonymised_at).map((a) => a.id));
    },

    /** Closed applications whose last action is older than their state's cutoff (ISO), not anonymised yet, oldest first. */
    expired: (cutoffs: Readonly<Record<string, string>>, limit: number) => registrationStore.closedBefore(db, cutoffs, limit),

    async traces(ids: readonly string[], from: Executor = db): Promise<ApplicationTraces[]> {
      const [apps, attachments] = await Promise.all([registrationStore.applicationsByIds(on(from), ids), registrationStore.attachmentsOf(on(from), ids)]);
      return apps.map((a) => {
        const own = attachments.filter((x) => x.application_id === a.id);
        return {
          id: a.id,
          reference: a.reference,
          applicantId: a.applicant_id,
          householdId: a.household_id,
          attachmentIds: own.map((x) => x.id),
          fileIds: own.map((x) => x.file_id),
        };
      });
    },

    /** Applications matching a filter, oldest first, anonymised ones left out: the rows of a personal-data export. */
    async matching(filter: Omit<ListFilter, 'newestFirst' | 'limit' | 'offset'>, limit: number) {
      const { rows } = await registrationStore.list(db, { ...filter, newestFirst: false, limit, offset: 0 });
      return rows.filter((r) => !r.anonymised_at);
    },

    forget: (trx: Executor, ids: readonly string[]) => registrationStore.anonymise(on(trx), ids, clock.now().toISOString()),
  };
}

export type RegistrationErasure = ReturnType<typeof createRegistrationErasure>;
