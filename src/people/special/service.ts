import type { Kysely } from 'kysely';
import { inScope, type Caller } from '../../access/caller.js';
import type { AuditService } from '../../audit/service.js';
import type { Deps } from '../../context.js';
import { fieldContext } from '../../keys/service.js';
import type { PlacesService } from '../../places/service.js';
import { Problem } from '../../platform/problem.js';
import { isUniqueViolation, type Executor } from '../../store/store.js';
import { isVulnerable, sectionsOf, specialCategoriesProblems } from './core/vulnerable.js';
import type { SpecialCategoriesInput, SpecialCategoriesView } from './schemas.js';
import { specialCategoriesColumns, specialCategoriesStore, type SpecialCategoriesRow, type SpecialCategoriesTables } from './store.js';

type Field = keyof typeof specialCategoriesColumns.columns & keyof SpecialCategoriesInput;
const fields = Object.keys(specialCategoriesColumns.columns) as Field[];

/**
 * A person's special categories: health, disability, needs and — for vulnerable people only —
 * precise location. Stored sealed, field by field, each under its category's data key; read only
 * by the roles policy.ts grants, within their scope, and every read is audited with its purpose
 * before anything is returned.
 *
 * Nothing about a record is stored in plaintext, not even whether the person is vulnerable: such
 * a flag would be, in a stolen copy, a list of the people least able to flee, next to their names
 * and villages. Lists of vulnerable people (outreach planning) are made by opening the records of
 * the people in question, which are few enough to decrypt in memory.
 */
export function createSpecialCategories({ store, clock, keys }: Deps, places: PlacesService, audit: AuditService) {
  keys.register(specialCategoriesColumns);
  const db = store.db as Kysely<SpecialCategoriesTables>;
  const { table } = specialCategoriesColumns;

  /** Whether the caller's scope covers someone living at the place; the place is looked up only if the scope depends on it. */
  async function covers(caller: Caller, placeId: string | null) {
    if (caller.scope === 'all') return true;
    const place = placeId ? (await places.byIds([placeId])).get(placeId) : undefined;
    return inScope(caller, { districtId: place?.districtId ?? null });
  }

  /** The person, if the caller's scope covers where they live; otherwise as if they did not exist. */
  async function locate(caller: Caller, personId: string) {
    const person = await specialCategoriesStore.person(db, personId);
    if (!person || !(await covers(caller, person.residence_place_id))) throw Problem.notFound('person');
  }

  function seal(personId: string, input: SpecialCategoriesInput, version: number): SpecialCategoriesRow {
    const sealed = Object.fromEntries(fields.map((f) => [f, keys.sealJson(specialCategoriesColumns.columns[f]!, input[f], fieldContext(table, f, personId))]));
    return { person_id: personId, ...(sealed as Record<Field, string>), version, updated_at: clock.now().toISOString() };
  }

  /** Opens what the caller's role may see: the location stays sealed for roles without that section. */
  async function open(row: SpecialCategoriesRow, seesLocation: boolean): Promise<SpecialCategoriesView> {
    const shown = fields.filter((f) => f !== 'location' || seesLocation);
    const opened = await Promise.all(shown.map((f) => keys.openJson(row[f], fieldContext(table, f, row.person_id))));
    const record = { location: null, ...Object.fromEntries(shown.map((f, i) => [f, opened[i]])) } as SpecialCategoriesInput;
    return view(row.person_id, record, seesLocation, row);
  }

  const view = (personId: string, record: SpecialCategoriesInput, seesLocation: boolean, row: SpecialCategoriesRow): SpecialCategoriesView => ({
    personId,
    ...record,
    vulnerable: isVulnerable(record),
    withheld: seesLocation ? [] : ['precise-location'],
    version: row.version,
    updatedAt: row.updated_at,
  });

  function sectionsFor(caller: Caller) {
    if (!caller.sections.includes('special-categories')) throw Problem.forbidden('section');
    return { seesLocation: caller.sections.includes('precise-location') };
  }

  return {
    /**
     * The whole record, opened, for the copy of their data a resident asks for (residents'
     * rights): the caller has proved to be the person and audits the read.
     */
    async forOwner(personId: string): Promise<SpecialCategoriesView | null> {
      const row = await specialCategoriesStore.get(db, personId);
      return row ? open(row, true) : null;
    },

    /** Erasure: the sealed record goes whole. */
    forget: (trx: Executor, personIds: readonly string[]) => specialCategoriesStore.forget(trx as Kysely<SpecialCategoriesTables>, personIds),

    async read(caller: Caller, personId: string): Promise<SpecialCategoriesView> {
      const { seesLocation } = sectionsFor(caller);
      const found = await specialCategoriesStore.withPerson(db, personId);
      if (!found || !(await covers(caller, found.residencePlaceId))) throw Problem.notFound('person');
      if (!found.row) throw Problem.notFound('special-categories');
      const opened = await open(found.row, seesLocation);
      await audit.recordReads({ actor: caller.actor, action: 'read', purpose: caller.purpose, record: { type: 'person', id: personId }, sections: sectionsOf(opened) });
      return opened;
    },

    /**
     * Records the whole record, replacing the version the caller saw (0 when there is none yet).
     * A role that does not see locations leaves the stored one as it is (still sealed), unless the
     * person is no longer vulnerable: then it is dropped.
     */
    async record(caller: Caller, personId: string, input: SpecialCategoriesInput, expectedVersion: number): Promise<SpecialCategoriesView> {
      const { seesLocation } = sectionsFor(caller);
      if (input.location && !seesLocation) throw Problem.forbidden('section');
      const errors = specialCategoriesProblems(input);
      if (errors.length) throw Problem.validation(errors);
      await locate(caller, personId);
      const row = seal(personId, input, expectedVersion + 1);
      try {
        await store.transaction(async (trx) => {
          const t = trx as Kysely<SpecialCategoriesTables>;
          const current = await specialCategoriesStore.get(t, personId);
          if ((current?.version ?? 0) !== expectedVersion) throw new Problem('version-mismatch', {}, [], { currentVersion: current?.version ?? 0 });
          if (current && !seesLocation && isVulnerable(input)) row.location = current.location;
          if (current) await specialCategoriesStore.replace(t, row, expectedVersion);
          else await specialCategoriesStore.insert(t, row);
          await audit.record(trx, { actor: caller.actor, action: 'special-categories.record', record: { type: 'person', id: personId }, sections: sectionsOf(input) });
        });
      } catch (e) {
        // Two first records at once: the other one won.
        if (isUniqueViolation(e)) throw new Problem('version-mismatch', {}, [], { currentVersion: 1 });
        throw e;
      }
      return view(personId, input, seesLocation, row);
    },
  };
}

export type SpecialCategories = ReturnType<typeof createSpecialCategories>;
