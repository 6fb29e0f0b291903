import type { Deps } from '../context.js';
import type { AuditService } from '../audit/service.js';
import type { Actor } from '../platform/actor.js';
import { expiringValue } from '../platform/cache.js';
import { Problem, type FieldError } from '../platform/problem.js';
import { isUniqueViolation } from '../store/store.js';
import { normalisePlaceName } from '../matching/core/index.js';
import { rankPlaceNames } from './core/rank.js';
import { readGazetteer, splitNames } from './gazetteer.js';
import type { AddAliasRequest, AddPlaceRequest, PlaceView } from './schemas.js';
import { placesStore, type PlaceNameRow, type PlaceRow } from './store.js';

const toView = (r: PlaceRow): PlaceView => ({
  id: r.id,
  kind: r.kind,
  districtId: r.district_id,
  names: { az: r.name_az, hy: r.name_hy, hyLatn: r.name_hy_latn, ru: r.name_ru, en: r.name_en },
  lat: r.lat,
  lon: r.lon,
  note: r.note,
});

const nameRow = (placeId: string, name: string, lang: string, type: string, period: string | null, source: string | null): PlaceNameRow => ({
  place_id: placeId,
  name,
  lang,
  name_type: type,
  period,
  source,
  search_key: normalisePlaceName(name),
});

export function createPlacesService({ store, clock }: Deps, audit: AuditService) {
  const knownIds = expiringValue(async () => new Set(await placesStore.allIds(store.db)), 60_000, clock);
  return {
    /** Loads the shipped gazetteer into the store; places and names already there are kept as they are. */
    async syncGazetteer() {
      const { places, aliases } = readGazetteer();
      const at = clock.now().toISOString();
      await store.transaction(async (trx) => {
        for (const p of places) {
          await placesStore.insertPlaceIfMissing(trx, {
            id: p.id,
            kind: p.kind,
            district_id: p.district_id || null,
            name_az: p.name_az,
            name_hy: p.name_hy,
            name_hy_latn: p.name_hy_latn,
            name_ru: p.name_ru,
            name_en: p.name_en,
            lat: p.lat ? Number(p.lat) : null,
            lon: p.lon ? Number(p.lon) : null,
            note: p.note || null,
            origin: 'gazetteer',
            created_at: at,
          });
          const columns: [string, string][] = [
            [p.name_az, 'az-Latn'],
            [p.name_hy, 'hy-Armn'],
            [p.name_hy_latn, 'hy-Latn'],
            [p.name_ru, 'ru-Cyrl'],
            [p.name_en, 'en'],
          ];
          const rows = columns.flatMap(([cell, lang]) => splitNames(cell).map((n) => nameRow(p.id, n, lang, 'gazetteer', null, 'gazetteer.csv')));
          await placesStore.insertNamesIfMissing(trx, dedupeNames(rows));
        }
        await placesStore.insertNamesIfMissing(
          trx,
          dedupeNames(aliases.map((a) => nameRow(a.place_id, a.name, a.lang, a.name_type, a.period || null, a.source || null))),
        );
        // When the name normaliser changes, the stored search keys follow it.
        for (const n of await placesStore.allNames(trx)) {
          const key = normalisePlaceName(n.name);
          if (key !== n.search_key) await placesStore.setSearchKey(trx, n.place_id, n.name, n.lang, key);
        }
      });
    },

    async search(q: string, limit: number, kind?: string) {
      const names = await placesStore.allNames(store.db, kind);
      const ranked = rankPlaceNames(normalisePlaceName(q), names).slice(0, limit);
      const places = new Map((await placesStore.byIds(store.db, ranked.map((r) => r.placeId))).map((p) => [p.id, toView(p)]));
      return ranked.map((r) => ({ place: places.get(r.placeId)!, matched: r.name, lang: r.lang, score: r.score }));
    },

    async get(id: string) {
      const [row] = await placesStore.byIds(store.db, [id]);
      if (!row) throw Problem.notFound('place');
      const aliases = await placesStore.namesOf(store.db, id);
      return { ...toView(row), aliases: aliases.map((a) => ({ name: a.name, lang: a.lang, type: a.name_type, period: a.period })) };
    },

    async byIds(ids: readonly string[]): Promise<Map<string, PlaceView>> {
      const unique = [...new Set(ids)];
      return new Map((await placesStore.byIds(store.db, unique)).map((p) => [p.id, toView(p)]));
    },

    /** One 'place.unknown' error for each referenced place id that the gazetteer does not know. */
    async unknownPlaces(refs: { pointer: string; id: string | null | undefined }[]): Promise<FieldError[]> {
      const wanted = refs.filter((r): r is { pointer: string; id: string } => !!r.id);
      if (!wanted.length) return [];
      const known = await knownIds.get();
      return wanted.filter((r) => !known.has(r.id)).map((r) => ({ pointer: r.pointer, rule: 'place.unknown' }));
    },

    async addPlace(actor: Actor, input: AddPlaceRequest) {
      const at = clock.now().toISOString();
      try {
        await store.transaction(async (trx) => {
          await trx
            .insertInto('places')
            .values({
              id: input.id,
              kind: input.kind,
              district_id: input.districtId,
              name_az: input.names.az,
              name_hy: input.names.hy,
              name_hy_latn: input.names.hyLatn,
              name_ru: input.names.ru,
              name_en: input.names.en,
              lat: input.lat,
              lon: input.lon,
              note: input.note,
              origin: 'administrator',
              created_at: at,
            })
            .execute();
          const n = input.names;
          await placesStore.insertNamesIfMissing(
            trx,
            dedupeNames([
              nameRow(input.id, n.az, 'az-Latn', 'official_az', null, null),
              nameRow(input.id, n.hy, 'hy-Armn', 'hy_common', null, null),
              nameRow(input.id, n.hyLatn, 'hy-Latn', 'hy_common', null, null),
              nameRow(input.id, n.ru, 'ru-Cyrl', 'ru_common', null, null),
              nameRow(input.id, n.en, 'en', 'en_common', null, null),
            ]),
          );
          await audit.record(trx, { actor, action: 'place.add', record: { type: 'place', id: input.id } });
        });
        knownIds.invalidate();
      } catch (e) {
        if (isUniqueViolation(e)) throw new Problem('conflict', { resource: 'place' }, [{ pointer: '/id', rule: 'invalid' }]);
        throw e;
      }
      return this.get(input.id);
    },

    async addAlias(actor: Actor, placeId: string, input: AddAliasRequest) {
      await this.get(placeId);
      await store.transaction(async (trx) => {
        await placesStore.insertNamesIfMissing(trx, [nameRow(placeId, input.name, input.lang, input.type, input.period, input.source)]);
        await audit.record(trx, { actor, action: 'place.alias.add', record: { type: 'place', id: placeId } });
      });
      return this.get(placeId);
    },
  };
}

function dedupeNames(rows: PlaceNameRow[]): PlaceNameRow[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = `${r.place_id}\u0000${r.name}\u0000${r.lang}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export type PlacesService = ReturnType<typeof createPlacesService>;
