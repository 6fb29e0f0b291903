import type { Deps } from '../context.js';
import type { Caller } from '../access/caller.js';
import type { AuditService } from '../audit/service.js';
import { restrictPersonView, sectionsShown } from '../people/core/sections.js';
import { normalisePhone } from '../people/core/phones.js';
import type { PeopleService } from '../people/service.js';
import type { PersonView } from '../people/schemas.js';
import { Problem } from '../platform/problem.js';
import type { RowSet } from '../store/row-sets.js';
import type { Executor } from '../store/store.js';
import { DEFAULT_MODEL, rankCandidates, readingsOf, registryKeys, scoreMany, wordsOf, type MatchModel, type MatchRecord, type MatchScore } from './core/index.js';
import { agreements, recordOfDraft, recordOfFields, recordOfPerson } from './records.js';
import type { CandidatesRequest, PeopleSearchQuery, PersonMatch } from './schemas.js';
import { keyRowSet, matchingStore, queueRowSet } from './store.js';

/**
 * How many people a search or a check scores, at most, those sharing the most keys with the query
 * first: beyond this the query is too broad to rank usefully and should be refined.
 */
const candidateCap = 100;

/**
 * Of those, the people sharing a single key (the same name pair, or the same surname and year,
 * and nothing else) are scored only while there are few others: a person typed again shares
 * several keys with their record, and scoring hundreds of namesakes would cost most of the
 * check's time to rank people the matcher would place below them anyway.
 */
const singleKeyFill = 25;

function worthScoring(found: readonly { person_id: string; shared: number }[]): string[] {
  const several = found.filter((r) => r.shared >= 2);
  const single = found.filter((r) => r.shared < 2).slice(0, Math.max(0, singleKeyFill - several.length));
  return [...several, ...single].map((r) => r.person_id);
}

/**
 * Finding people whatever script they were written in: the lookup keys written with every person,
 * search, the check of a person being typed, and the check that runs after each intake. Keys find
 * candidates by exact lookup in an ordinary table; the matcher (core/) ranks them in TypeScript, so
 * both stores give the same answers.
 */
export function createMatchingService({ store }: Deps, people: PeopleService, audit: AuditService, model: MatchModel = DEFAULT_MODEL) {
  /**
   * The people the keys point at, as the matcher's records (a record merged away stands for the
   * one it was merged into). Only the fields compared are read: a search looks at hundreds.
   */
  async function candidatesFor(queries: readonly MatchRecord[], exclude: ReadonlySet<string>) {
    const keys = [...new Set(queries.flatMap(registryKeys))];
    const sharing = await matchingStore.peopleWithKeys(store.db, keys, candidateCap);
    let found = await people.matchFields(worthScoring(sharing));
    const moved = found.filter((p) => p.mergedIntoId).map((p) => p.id);
    if (moved.length) {
      const survivors = await people.survivors(moved);
      const current = new Set(found.filter((p) => !p.mergedIntoId).map((p) => p.id));
      const missing = [...new Set([...survivors.values()])].filter((id) => !current.has(id));
      found = [...found.filter((p) => !p.mergedIntoId), ...(await people.matchFields(missing)).filter((p) => !p.mergedIntoId)];
    }
    const records = found.filter((p) => !exclude.has(p.id)).map(recordOfFields);
    return { keys: keys.length, records, full: sharing.length >= candidateCap };
  }

  /** The best candidates for any reading of the query, with the people shown read whole (and restricted). */
  async function rank(readings: readonly MatchRecord[], records: readonly MatchRecord[], limit: number, minWeight: number) {
    const ranked = rankCandidates(readings, records, limit, minWeight, model);
    const views = await people.byIds(ranked.map((r) => records[r.candidate]!.id));
    return ranked.flatMap((r) => {
      const person = views.get(records[r.candidate]!.id);
      return person ? [{ person, score: r.score }] : [];
    });
  }

  const toMatch = (m: { person: PersonView; score: MatchScore }, caller: Caller): PersonMatch => ({
    person: restrictPersonView(m.person, caller.sections.filter((s) => s === 'identity')),
    score: m.score.probability,
    weight: m.score.weight,
    likelyDuplicate: m.score.isMatch,
    fields: agreements(m.score.fields),
  });

  async function auditFound(caller: Caller, action: string, found: readonly PersonMatch[]) {
    await audit.recordReads(
      { actor: caller.actor, action, purpose: caller.purpose, detail: { results: found.length } },
      ...found.map((m) => ({ actor: caller.actor, action: 'read', purpose: caller.purpose, record: { type: 'person', id: m.person.id }, sections: sectionsShown(['identity']) })),
    );
  }

  return {
    /**
     * The rows that make a person findable, written with the person. A person queued for the
     * check carries their keys in the queue row, and the check indexes them (see migration
     * 0019); `indexNow` writes them to the index at once all the same (bulk loads).
     */
    rowsFor(person: PersonView, options: { check: boolean; indexNow?: boolean; applicationId: string | null; at: string }): RowSet[] {
      const keys = registryKeys(recordOfPerson(person));
      if (!options.check) return [keyRowSet(person.id, keys)];
      if (options.indexNow) return [keyRowSet(person.id, keys), queueRowSet(person.id, options.applicationId, options.at, null)];
      return [queueRowSet(person.id, options.applicationId, options.at, keys)];
    },

    /** Keys anew for a person whose names or details were corrected, in the caller's transaction. */
    refreshKeys: (trx: Executor, person: PersonView) => matchingStore.replaceKeys(trx, person.id, registryKeys(recordOfPerson(person))),

    /** The hashed lookup keys of these people (for duplicate hints on an offline device: no names, no ids). */
    storedKeysOf: (personIds: readonly string[]) => matchingStore.storedKeysOf(store.db, personIds),

    /** The duplicate check's backlog, for monitoring. */
    queueCounts: () => matchingStore.queueCounts(store.db),

    /** Erasure (issue 4): see matchingStore.forget. */
    forget: (trx: Executor, personIds: readonly string[]) => matchingStore.forget(trx, personIds),

    /** Search-first finder: free text in any script plus whatever else is known; every search is audited. */
    async search(caller: Caller, q: PeopleSearchQuery) {
      if (!caller.sections.includes('identity')) throw Problem.forbidden('section');
      const phone = q.phone ? (normalisePhone(q.phone).e164 ?? undefined) : undefined;
      const readings = readingsOf({
        words: wordsOf(q.q),
        ...(q.birthDate ? { birthDate: q.birthDate } : {}),
        ...(q.placeId ? { birthPlace: q.placeId } : {}),
        ...(phone ? { phone } : {}),
        ...(q.document ? { documentNumber: q.document } : {}),
      });
      const found = await candidatesFor(readings, new Set());
      const items = (await rank(readings, found.records, q.limit, 0)).map((m) => toMatch(m, caller));
      await auditFound(caller, 'search', items);
      return { items, refine: found.keys === 0 || found.full };
    },

    /** Likely duplicates of a person being typed at intake, before anything is saved. */
    async candidatesForDraft(caller: Caller, draft: CandidatesRequest) {
      if (!caller.sections.includes('identity')) throw Problem.forbidden('section');
      const record = recordOfDraft(draft);
      const found = await candidatesFor([record], new Set());
      const items = (await rank([record], found.records, draft.limit, 4)).map((m) => toMatch(m, caller));
      await auditFound(caller, 'duplicate-check', items);
      return { items, refine: found.keys === 0 };
    },

    /**
     * The check after intake: the person's likely duplicates among everyone else (not their own
     * household's other members, and no pair a reviewer already decided), as candidates to review.
     */
    async check(personId: string) {
      const person = (await people.byIds([personId])).get(personId);
      if (!person || person.mergedIntoId) return [];
      const known = await matchingStore.knownPairs(store.db, personId);
      const { records } = await candidatesFor([recordOfPerson(person)], new Set([personId, ...known]));
      const others = records.filter((r) => !person.householdId || r.householdId !== person.householdId);
      const scored = scoreMany(recordOfPerson(person), others, model);
      return others.map((r, i) => ({ personId: r.id, score: scored[i]! })).filter((m) => m.score.isMatch);
    },
  };
}

export type MatchingService = ReturnType<typeof createMatchingService>;
