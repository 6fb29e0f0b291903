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
import { DEFAULT_MODEL, readingsOf, registryKeys, scoreMany, wordsOf, type MatchModel, type MatchRecord } from './core/index.js';
import { agreements, recordOfDraft, recordOfPerson } from './records.js';
import type { CandidatesRequest, PeopleSearchQuery, PersonMatch } from './schemas.js';
import { keyRowSet, matchingStore, queueRowSet } from './store.js';

/** How many people a search or a check looks at, at most: a query this broad should be refined. */
const candidateCap = 1500;

/**
 * Finding people whatever script they were written in: the lookup keys written with every person,
 * search, the check of a person being typed, and the check that runs after each intake. Keys find
 * candidates by exact lookup in an ordinary table; the matcher (core/) ranks them in TypeScript, so
 * both stores give the same answers.
 */
export function createMatchingService({ store }: Deps, people: PeopleService, audit: AuditService, model: MatchModel = DEFAULT_MODEL) {
  /** The people the keys point at (records merged away stand for the record they were merged into). */
  async function candidatesFor(records: readonly MatchRecord[], exclude: ReadonlySet<string>) {
    const keys = [...new Set(records.flatMap(registryKeys))];
    const ids = await matchingStore.peopleWithKeys(store.db, keys, candidateCap);
    const survivors = await people.survivors(ids);
    const current = [...new Set(ids.map((id) => survivors.get(id) ?? id))].filter((id) => !exclude.has(id));
    return { keys: keys.length, people: [...(await people.byIds(current)).values()].filter((p) => !p.mergedIntoId) };
  }

  /** Scores the candidates against every reading of the query and keeps each one's best. */
  function rank(readings: readonly MatchRecord[], candidates: readonly PersonView[], limit: number, minWeight: number) {
    const records = candidates.map(recordOfPerson);
    const best = new Map<string, { person: PersonView; score: ReturnType<typeof scoreMany>[number] }>();
    for (const reading of readings) {
      scoreMany(reading, records, model).forEach((score, i) => {
        const person = candidates[i]!;
        const seen = best.get(person.id);
        if (!seen || score.weight > seen.score.weight) best.set(person.id, { person, score });
      });
    }
    return [...best.values()]
      .filter((m) => m.score.weight >= minWeight && !m.score.guard)
      .sort((a, b) => b.score.weight - a.score.weight)
      .slice(0, limit);
  }

  const toMatch = (m: { person: PersonView; score: ReturnType<typeof scoreMany>[number] }, caller: Caller): PersonMatch => ({
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
    /** The rows that make a person findable (written with the person), and queue the intake check. */
    rowsFor(person: PersonView, options: { check: boolean; applicationId: string | null; at: string }): RowSet[] {
      const sets = [keyRowSet(person.id, registryKeys(recordOfPerson(person)))];
      if (options.check) sets.push(queueRowSet([person.id], options.applicationId, options.at));
      return sets;
    },

    /** Keys anew for a person whose names or details were corrected, in the caller's transaction. */
    refreshKeys: (trx: Executor, person: PersonView) => matchingStore.replaceKeys(trx, person.id, registryKeys(recordOfPerson(person))),

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
      const items = rank(readings, found.people, q.limit, 0).map((m) => toMatch(m, caller));
      await auditFound(caller, 'search', items);
      return { items, refine: found.keys === 0 || found.people.length >= candidateCap };
    },

    /** Likely duplicates of a person being typed at intake, before anything is saved. */
    async candidatesForDraft(caller: Caller, draft: CandidatesRequest) {
      if (!caller.sections.includes('identity')) throw Problem.forbidden('section');
      const record = recordOfDraft(draft);
      const found = await candidatesFor([record], new Set());
      const items = rank([record], found.people, draft.limit, 4).map((m) => toMatch(m, caller));
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
      const { people: found } = await candidatesFor([recordOfPerson(person)], new Set([personId, ...known]));
      const others = found.filter((p) => !person.householdId || p.householdId !== person.householdId);
      const scored = scoreMany(recordOfPerson(person), others.map(recordOfPerson), model);
      return others.map((p, i) => ({ person: p, score: scored[i]! })).filter((m) => m.score.isMatch);
    },
  };
}

export type MatchingService = ReturnType<typeof createMatchingService>;
