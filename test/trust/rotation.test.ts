import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemCaller } from '../../src/access/caller.js';
import { parseSealedFile } from '../../src/keys/core/sealed-file.js';
import { rewrapMasterKey } from '../../src/keys/rewrap.js';
import { rotateKeys } from '../../src/keys/rotate.js';
import { SpecialCategoriesInput } from '../../src/people/special/schemas.js';
import { systemActor } from '../../src/platform/actor.js';
import type { Runtime } from '../../src/runtime.js';
import { applicant } from '../support/fixtures.js';
import { openTestRuntime } from '../support/runtime.js';
import { createTestStore, storeKinds, type TestStore } from '../support/stores.js';

const caller = systemCaller(systemActor);
const noWait = { propagationMs: 0, sleep: async () => {} };

async function addPerson(runtime: Runtime, i: number) {
  const { people } = runtime.services;
  const person = await runtime.deps.store.transaction((trx) => people.create(trx, systemActor, { ...applicant(), givenName: `Person${i}` } as never));
  await runtime.services.specialCategories.record(caller, person.id, {
    health: { conditions: [`condition ${i}`], chronicIllnesses: i % 2 ? ['asthma'] : [], notes: null },
    disability: { kinds: [], notes: `note ${i}` },
    needs: { livesAlone: i % 2 === 1, needsSurgery: false, needsMedicalEvacuation: false, needsHomeVisits: false },
    location: i % 2 ? { latitude: 39.8, longitude: 46.7, description: `house ${i}` } : null,
  }, 0);
  return person.id;
}

describe.each(storeKinds)('key rotation (%s)', (kind) => {
  let store: TestStore;
  let runtime: Runtime;
  let personIds: string[];
  let fileIds: string[];
  let legacyId: string;
  const legacyScan = Buffer.from('%PDF-1.4 a scan stored before encryption');

  beforeEach(async () => {
    store = await createTestStore(kind);
    runtime = (await openTestRuntime(store)).runtime;
    personIds = [];
    for (let i = 0; i < 12; i++) personIds.push(await addPerson(runtime, i));
    fileIds = [];
    for (let i = 0; i < 5; i++) fileIds.push(await runtime.services.files.put(Buffer.from(`scan ${i} ${'x'.repeat(i * 100)}`)));
    // A scan written before encryption existed: plaintext, named by its SHA-256.
    legacyId = createHash('sha256').update(legacyScan).digest('hex');
    const legacyPath = path.join(runtime.deps.config.filesDir, legacyId.slice(0, 2), legacyId.slice(2, 4), legacyId);
    fs.mkdirSync(path.dirname(legacyPath), { recursive: true });
    fs.writeFileSync(legacyPath, legacyScan);
  });
  afterEach(async () => {
    await runtime.close();
    await store.drop();
  });

  const sealedColumns = async () =>
    (await runtime.deps.store.db.selectFrom('person_special_categories').select(['health', 'disability', 'needs', 'location']).execute()).flatMap((r) => Object.values(r) as string[]);
  const fileKeyIds = () =>
    [...fileIds, legacyId].map((id) => {
      const content = fs.readFileSync(path.join(runtime.deps.config.filesDir, id.slice(0, 2), id.slice(2, 4), id));
      return parseSealedFile(content).keyId;
    });
  const readAll = async (r: Runtime) => {
    for (const id of personIds) expect((await r.services.specialCategories.read(caller, id)).personId).toBe(id);
    for (const [i, id] of fileIds.entries()) expect((await r.services.files.get(id)).toString()).toBe(`scan ${i} ${'x'.repeat(i * 100)}`);
    expect((await r.services.files.get(legacyId)).equals(legacyScan)).toBe(true);
  };

  it('re-seals every value and file under new keys, seals legacy scans, and destroys the old keys', async () => {
    expect(new Set((await sealedColumns()).map((v) => v.split('.')[1]))).toEqual(new Set(['health/1', 'disability/1', 'vulnerable-location/1']));
    const result = await rotateKeys(runtime.deps, runtime.services.audit, noWait);
    expect(result).toMatchObject({ resumed: false, targets: { health: 'health/2', disability: 'disability/2', 'vulnerable-location': 'vulnerable-location/2', documents: 'documents/2', 'staff-credentials': 'staff-credentials/2' } });
    expect(result.destroyed.sort()).toEqual(['disability/1', 'documents/1', 'health/1', 'staff-credentials/1', 'vulnerable-location/1']);
    expect(result.resealed).toBe(12 * 4 + 6);
    const audited = await runtime.deps.store.db.selectFrom('audit_entries').selectAll().where('action', '=', 'keys.rotate').execute();
    expect(audited).toEqual([expect.objectContaining({ actor_role: 'system' })]);
    expect(JSON.parse(audited[0]!.detail)).toMatchObject({ rotation: result.rotation, resealed: 54, keys: 'health/2,disability/2,vulnerable-location/2,documents/2,staff-credentials/2' });
    expect(new Set((await sealedColumns()).map((v) => v.split('.')[1]))).toEqual(new Set(['health/2', 'disability/2', 'vulnerable-location/2']));
    expect(new Set(fileKeyIds())).toEqual(new Set(['documents/2']));

    const keysLeft = await runtime.deps.store.db.selectFrom('data_keys').selectAll().where('version', '=', 1).execute();
    expect(keysLeft.every((k) => k.wrapped === null && k.retired_at !== null)).toBe(true);
    // The old keys are gone, from the table and from memory: everything still opens.
    await readAll(runtime);
    const restarted = (await openTestRuntime(store)).runtime;
    try {
      await readAll(restarted);
    } finally {
      await restarted.close();
    }
  });

  it('runs while another node reads and writes: it opens the new values and its own writes are never overwritten', async () => {
    const other = (await openTestRuntime(store)).runtime;
    try {
      let wrote = false;
      await rotateKeys(runtime.deps, runtime.services.audit, {
        ...noWait,
        batchSize: 3,
        onProgress: async () => {
          if (wrote) return;
          wrote = true;
          // Mid-rotation, a node that has not reloaded the keys yet changes a record (sealing it with the old key).
          await other.services.specialCategories.record(caller, personIds[11]!, SpecialCategoriesInput.parse({ health: { conditions: ['changed meanwhile'] } }), 1);
        },
      });
      await readAll(other);
      expect((await other.services.specialCategories.read(caller, personIds[11]!)).health.conditions).toEqual(['changed meanwhile']);
      expect(new Set((await sealedColumns()).map((v) => v.split('.')[1]))).toEqual(new Set(['health/2', 'disability/2', 'vulnerable-location/2']));
    } finally {
      await other.close();
    }
  });

  it('resumes an interrupted rotation where it stopped, without making more keys', async () => {
    let batches = 0;
    await expect(
      rotateKeys(runtime.deps, runtime.services.audit, {
        ...noWait,
        batchSize: 4,
        onProgress: () => {
          if (++batches === 2) throw new Error('power cut');
        },
      }),
    ).rejects.toThrow('power cut');
    const open = await runtime.deps.store.db.selectFrom('key_rotations').selectAll().where('finished_at', 'is', null).execute();
    expect(open).toHaveLength(1);
    expect(JSON.parse(open[0]!.progress).rows.person_special_categories).toBeTruthy();

    const resumed = await rotateKeys(runtime.deps, runtime.services.audit, noWait);
    expect(resumed).toMatchObject({ resumed: true, rotation: open[0]!.id });
    const versions = await runtime.deps.store.db.selectFrom('data_keys').select(['id']).orderBy('id').execute();
    expect(versions.map((v) => v.id)).toEqual(['disability/1', 'disability/2', 'documents/1', 'documents/2', 'health/1', 'health/2', 'staff-credentials/1', 'staff-credentials/2', 'vulnerable-location/1', 'vulnerable-location/2']);
    await readAll(runtime);
  });

  it('re-wraps every key under a new master key; the old master key then opens nothing', async () => {
    const newKey = path.join(store.dataDir, 'new-master.key');
    const result = await rewrapMasterKey(runtime.deps, runtime.services.audit, newKey);
    expect(result).toMatchObject({ keys: 6, replacedEmbedded: true });
    expect(await runtime.deps.store.db.selectFrom('audit_entries').selectAll().where('action', '=', 'keys.rewrap').execute()).toHaveLength(1);
    expect(fs.readFileSync(path.join(store.dataDir, 'keys', 'master.key'), 'utf8')).toBe(fs.readFileSync(newKey, 'utf8'));
    const restarted = (await openTestRuntime(store, { HOMEWARD_MASTER_KEY_FILE: newKey })).runtime;
    try {
      await readAll(restarted);
      expect((await restarted.services.auditTrail.sealer.sealAll()) >= 0).toBe(true);
    } finally {
      await restarted.close();
    }
    await expect(openTestRuntime(store, { HOMEWARD_MASTER_KEY: randomBytes(32).toString('base64') })).rejects.toThrow(/wrapped by master key/);
  });
});
