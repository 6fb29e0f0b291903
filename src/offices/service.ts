import type { Deps } from '../context.js';
import type { AuditService } from '../audit/service.js';
import type { PlacesService } from '../places/service.js';
import type { Actor } from '../platform/actor.js';
import { expiringValue } from '../platform/cache.js';
import { Problem } from '../platform/problem.js';
import { isUniqueViolation } from '../store/store.js';
import type { CreateOfficeRequest, CreateOutreachEventRequest, OfficeView, OutreachEventView } from './schemas.js';
import { officesStore, type OfficeRow, type OutreachEventRow } from './store.js';

const officeView = (r: OfficeRow): OfficeView => ({
  id: r.id,
  code: r.code,
  kind: r.kind,
  placeId: r.place_id,
  districtId: r.district_id,
  names: { az: r.name_az, hy: r.name_hy, ru: r.name_ru, en: r.name_en },
});

const eventView = (r: OutreachEventRow): OutreachEventView => ({
  id: r.id,
  code: r.code,
  officeId: r.office_id,
  placeId: r.place_id,
  districtId: r.district_id,
  startsOn: r.starts_on,
  endsOn: r.ends_on,
});

/** Where intake happens: reception offices, and the outreach receptions they hold in villages. */
export function createOfficesService({ store, clock, ids }: Deps, places: PlacesService, audit: AuditService) {
  async function districtOf(placeId: string, pointer: string) {
    const place = (await places.byIds([placeId])).get(placeId);
    if (!place) throw Problem.field(pointer, 'place.unknown');
    return place.kind === 'district' ? place.id : place.districtId;
  }

  const conflictOnCode = (e: unknown) => {
    if (isUniqueViolation(e)) throw new Problem('conflict', { resource: 'code' }, [{ pointer: '/code', rule: 'invalid' }]);
    throw e;
  };

  const allOffices = expiringValue(async () => (await officesStore.offices(store.db)).map(officeView), 60_000, clock);
  const recentEvents = new Map<string, ReturnType<typeof expiringValue<OutreachEventView | undefined>>>();

  return {
    listOffices: () => allOffices.get(),

    async office(id: string) {
      return (await allOffices.get()).find((o) => o.id === id);
    },

    async officeByCode(code: string) {
      const row = await officesStore.officeByCode(store.db, code);
      return row && officeView(row);
    },

    async outreachEvent(id: string) {
      let cached = recentEvents.get(id);
      if (!cached) {
        if (recentEvents.size > 1000) recentEvents.clear();
        cached = expiringValue(async () => {
          const row = await officesStore.event(store.db, id);
          return row && eventView(row);
        }, 60_000, clock);
        recentEvents.set(id, cached);
      }
      return cached.get();
    },

    async listOutreachEvents(filter: { officeId?: string; from?: string; to?: string }) {
      return (await officesStore.events(store.db, filter)).map(eventView);
    },

    async createOffice(actor: Actor, input: CreateOfficeRequest) {
      const row: OfficeRow = {
        id: ids.uuid(),
        code: input.code,
        kind: input.kind,
        place_id: input.placeId,
        district_id: await districtOf(input.placeId, '/placeId'),
        name_az: input.names.az,
        name_hy: input.names.hy,
        name_ru: input.names.ru,
        name_en: input.names.en,
        created_at: clock.now().toISOString(),
      };
      await store
        .transaction(async (trx) => {
          await officesStore.insertOffice(trx, row);
          await audit.record(trx, { actor, action: 'office.create', record: { type: 'office', id: row.id } });
        })
        .catch(conflictOnCode);
      allOffices.invalidate();
      return officeView(row);
    },

    async createOutreachEvent(actor: Actor, input: CreateOutreachEventRequest) {
      if (!(await officesStore.office(store.db, input.officeId))) throw Problem.field('/officeId', 'office.unknown');
      const row: OutreachEventRow = {
        id: ids.uuid(),
        code: input.code,
        office_id: input.officeId,
        place_id: input.placeId,
        district_id: await districtOf(input.placeId, '/placeId'),
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        created_at: clock.now().toISOString(),
      };
      await store
        .transaction(async (trx) => {
          await officesStore.insertEvent(trx, row);
          await audit.record(trx, { actor, action: 'outreach-event.create', record: { type: 'outreach-event', id: row.id } });
        })
        .catch(conflictOnCode);
      return eventView(row);
    },
  };
}

export type OfficesService = ReturnType<typeof createOfficesService>;
