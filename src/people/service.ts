import type { Deps } from '../context.js';
import type { PlacesService } from '../places/service.js';
import type { Actor } from '../platform/actor.js';
import { Problem, type FieldError } from '../platform/problem.js';
import { insertRowSets, type RowSet } from '../store/row-sets.js';
import type { Executor } from '../store/store.js';
import { personProblems, placeReferences } from './core/validate.js';
import { createMerges } from './merges.js';
import { correctedColumns, currentValue, type CorrectableField } from './core/corrections.js';
import { createdEvent, newPersonRows, toPersonView } from './core/records.js';
import type { HouseholdView, PersonInput, PersonMatchFields, PersonView } from './schemas.js';
import { householdRowSets, peopleStore, personRowSets } from './store.js';

/** People and households: the record of who someone is, how to reach them and whom they live with. */
export function createPeopleService({ store, clock, ids }: Deps, places: PlacesService) {
  const merges = createMerges(clock);
  /** The event of a person's next version. */
  const nextEvent = (person: Pick<PersonView, 'id' | 'version'>, actor: Actor, type: string, payload: object) => ({
    person_id: person.id,
    version: person.version + 1,
    type,
    actor_id: actor.id,
    actor_role: actor.role,
    at: clock.now().toISOString(),
    payload: JSON.stringify(payload),
  });
  return {
    merge: merges.merge,
    unmerge: merges.unmerge,

    /** For each id, the record it stands for now: itself, or the record it was merged into (followed to the end). */
    async survivors(ids: readonly string[], db: Executor = store.db): Promise<Map<string, string>> {
      const out = new Map(ids.map((id) => [id, id]));
      let pending = [...new Set(ids)];
      for (let depth = 0; depth < 10 && pending.length; depth++) {
        const next: string[] = [];
        for (const r of await peopleStore.mergePointers(db, pending)) {
          if (!r.merged_into_id) continue;
          for (const [original, current] of out) if (current === r.id) out.set(original, r.merged_into_id);
          next.push(r.merged_into_id);
        }
        pending = next;
      }
      return out;
    },

    /** Only the fields matching compares, for many candidates at once (a search looks at hundreds). */
    async matchFields(ids: readonly string[]): Promise<PersonMatchFields[]> {
      return (await peopleStore.matchFields(store.db, ids)).map((p) => ({
        id: p.id,
        givenName: p.given_name,
        patronymic: p.patronymic,
        familyName: p.family_name,
        sex: p.sex as PersonMatchFields['sex'],
        birthDate: p.birth_date,
        birthPlace: p.birth_place_id ?? p.birth_place_text,
        phone: p.phone,
        documentNumber: p.document,
        householdId: p.household_id,
        mergedIntoId: p.merged_into_id,
      }));
    },

    /** Every person, a page at a time, in id order (for commands that walk the whole registry). */
    async *all(pageSize = 1000): AsyncGenerator<PersonView[]> {
      for (let after = ''; ; ) {
        const page = await peopleStore.idsAfter(store.db, after, pageSize);
        if (!page.length) return;
        const views = await this.byIds(page);
        yield page.flatMap((id) => views.get(id) ?? []);
        after = page[page.length - 1]!;
      }
    },

    count: () => peopleStore.count(store.db),

    /**
     * Every record of the people these ids name: the records merged into them and those they were
     * merged into, followed to the end. Erasing or copying someone's data means all of them.
     */
    async cluster(ids: readonly string[], db: Executor = store.db): Promise<string[]> {
      const found = new Set(ids);
      for (let pending = [...found], depth = 0; pending.length && depth < 20; depth++) {
        const linked = [...(await peopleStore.mergePointers(db, pending)), ...(await peopleStore.absorbedInto(db, pending))];
        pending = linked.flatMap((r) => [r.id, r.merged_into_id]).filter((id): id is string => id !== null && !found.has(id));
        for (const id of pending) found.add(id);
      }
      return [...found];
    },

    /**
     * A correction a resident asked for, applied: the record keeps both values, the old and the
     * new, in its event log (with the request it answers); refused if the person changed meanwhile.
     */
    async correct(trx: Executor, actor: Actor, person: PersonView, field: CorrectableField, value: string, requestId: string): Promise<PersonView> {
      const event = nextEvent(person, actor, 'corrected', { field, from: currentValue(person, field), to: value, requestId });
      if (!(await peopleStore.change(trx, event, correctedColumns(field, value)))) throw new Problem('version-mismatch', {}, [], { currentVersion: person.version + 1 });
      return (await this.byIds([person.id], trx)).get(person.id)!;
    },

    /** Every record's event log, oldest first: what happened to each and what it held (a resident's copy). */
    async events(ids: readonly string[], db: Executor = store.db) {
      return (await peopleStore.events(db, ids)).map((e) => ({ personId: e.person_id, version: e.version, type: e.type, actorRole: e.actor_role, at: e.at, payload: JSON.parse(e.payload) as unknown }));
    },

    /** The households these people are members of. */
    async householdsOf(ids: readonly string[], db: Executor = store.db): Promise<string[]> {
      return [...new Set((await peopleStore.householdsOf(db, ids)).map((m) => m.household_id))];
    },

    /** Erases these people's values everywhere in their record (see peopleStore.forget); their ids stay. */
    forget: (trx: Executor, actor: Actor, ids: readonly string[]) =>
      peopleStore.forget(trx, ids, { actor_id: actor.id, actor_role: actor.role, at: clock.now().toISOString() }),

    /** The records merged into these ones (so that their applications and keys count for them too). */
    async absorbedInto(ids: readonly string[], db: Executor = store.db): Promise<string[]> {
      return (await peopleStore.absorbedInto(db, ids)).map((r) => r.id);
    },

    /** Every rule the given people break, each error at its pointer; places are checked against the gazetteer. */
    async problems(people: { input: PersonInput; pointer: string }[]): Promise<FieldError[]> {
      const today = clock.now();
      const errors = people.flatMap(({ input, pointer }) => personProblems(input, pointer, today));
      errors.push(...(await places.unknownPlaces(people.flatMap(({ input, pointer }) => placeReferences(input, pointer)))));
      return errors;
    },

    /** The rows recording a new person (input must have passed `problems`), and the person as they will read. */
    planCreate(actor: Actor, input: PersonInput, when: Date = clock.now()): { sets: RowSet[]; person: PersonView } {
      const id = ids.uuid();
      const at = when.toISOString();
      const rows = newPersonRows(id, input, at);
      return { sets: personRowSets(rows, createdEvent(id, actor, at, input)), person: toPersonView({ ...rows, householdId: null }) };
    },

    async create(trx: Executor, actor: Actor, input: PersonInput): Promise<PersonView> {
      const { sets, person } = this.planCreate(actor, input);
      await insertRowSets(trx, sets);
      return person;
    },

    /** The rows forming a household of people recorded in the same write; the first is its contact. */
    planHousehold(contactId: string, members: { personId: string; relationship: string }[], when: Date = clock.now()): { sets: RowSet[]; id: string } {
      const id = ids.uuid();
      const sets = householdRowSets(
        { id, contact_person_id: contactId, version: 1, created_at: when.toISOString() },
        [{ personId: contactId, relationship: 'contact' }, ...members].map((m) => ({
          household_id: id,
          person_id: m.personId,
          relationship: m.relationship,
        })),
      );
      return { sets, id };
    },

    /** A person chose how to be told about their applications (SMS or e-mail); refused if the person changed meanwhile. */
    async setNotifyBy(trx: Executor, actor: Actor, person: Pick<PersonView, 'id' | 'version'>, notifyBy: 'sms' | 'email') {
      const event = nextEvent(person, actor, 'notify-by-changed', { notifyBy });
      if (!(await peopleStore.setNotifyBy(trx, event, notifyBy))) throw new Problem('version-mismatch', {}, [], { currentVersion: person.version + 1 });
    },

    async byIds(ids: readonly string[], db: Executor = store.db): Promise<Map<string, PersonView>> {
      const rows = await peopleStore.peopleByIds(db, ids);
      return new Map([...rows].map(([id, r]) => [id, toPersonView(r)]));
    },

    async household(id: string, db: Executor = store.db): Promise<HouseholdView | undefined> {
      const found = await peopleStore.household(db, id);
      if (!found) return undefined;
      const people = await this.byIds(found.members.map((m) => m.person_id), db);
      return {
        id,
        contactPersonId: found.household.contact_person_id,
        members: found.members.flatMap((m) => {
          const person = people.get(m.person_id);
          return person ? [{ person, relationship: m.relationship }] : [];
        }),
      };
    },
  };
}

export type PeopleService = ReturnType<typeof createPeopleService>;
