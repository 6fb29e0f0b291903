import { applicantCaller, type Caller } from '../access/caller.js';
import { sectionsOf } from '../access/core/policy.js';
import type { Actor } from '../platform/actor.js';
import { Problem } from '../platform/problem.js';
import type { HistoryStep } from '../registration/plan.js';
import type { Runtime } from '../runtime.js';
import type { RowSet } from '../store/row-sets.js';
import { openSqliteBulkLoad } from '../store/sqlite-bulk-load.js';
import { makeReference } from '../registration/core/reference.js';
import { demoApplications, demoBirthPlaceIds, seededRandom } from './generate.js';
import { ensureDemoSites } from './sites.js';

export interface DemoOptions {
  people: number;
  seed: number;
  onProgress?: (people: number, applications: number) => void;
}

const day = 86_400_000;

/**
 * Loads synthetic residents through the same planning code as real intake (people, applications,
 * their histories, messages, audit entries), committed in large groups: the bulk path that loads
 * a million people in a couple of minutes.
 */
export async function loadDemo({ deps, services }: Runtime, options: DemoOptions) {
  const now = deps.clock.now();
  const sites = await ensureDemoSites(services, now);
  const staffOf = (username: string): Caller => {
    const u = sites.users.get(username)!;
    const role = u.roles[0]!;
    return {
      actor: { id: u.id, role },
      subject: { userId: u.id, roles: u.roles, officeId: u.officeId, districtId: u.districtId },
      scope: 'all',
      sections: sectionsOf(role),
    };
  };
  const registrarFor = new Map(sites.offices.map((o) => [o.id, staffOf(`registrar.${o.code.toLowerCase()}`)]));
  const reviewer = staffOf('reviewer.demo').actor;
  const places = [...(await services.places.byIds(demoBirthPlaceIds)).values()];
  const jitter = seededRandom(options.seed + 1);

  // References are random; a load of hundreds of thousands would otherwise draw the same one twice.
  const references = await services.registration.views.referencesInUse();
  const drawReference = () => {
    for (;;) {
      const r = makeReference((n) => deps.ids.bytes(n));
      if (!references.has(r)) return references.add(r), r;
    }
  };
  // On SQLite a second thread inserts while this one plans; elsewhere the store's own bulk path.
  const twoThreads = deps.store.dialect === 'sqlite' ? openSqliteBulkLoad(deps.store.file!) : undefined;
  let pending: RowSet[][] = [];
  let people = 0;
  let applications = 0;
  const flush = async () => {
    if (pending.length) await (twoThreads ? twoThreads.write(pending) : deps.store.batch.writeMany(pending));
    pending = [];
    options.onProgress?.(people, applications);
  };

  const generated = demoApplications(
    options.seed,
    options.people,
    { offices: sites.offices.map((o) => ({ id: o.id, placeId: o.placeId })), events: sites.events, birthPlaces: places.map((p) => p.id) },
    now,
  );
  for (const a of generated) {
    const at = new Date(Math.min(now.getTime() - 60_000, now.getTime() - a.daysAgo * day - jitter.int(0, 9 * 3600) * 1000));
    const registrar = a.officeId ? registrarFor.get(a.officeId)! : undefined;
    const caller: Caller = registrar ?? applicantCaller();
    const actorFor = (by: 'registrar' | 'reviewer'): Actor => (by === 'reviewer' || !registrar ? reviewer : registrar.actor);
    const history: HistoryStep[] = a.history.map((s) => ({
      type: s.type,
      actor: actorFor(s.by),
      at: new Date(Math.min(now.getTime() - 1000, at.getTime() + s.daysAfter * day)),
      ...(s.reasonCode ? { reasonCode: s.reasonCode } : {}),
      ...(s.comment ? { comment: s.comment } : {}),
    }));
    const submission = {
      type: 'initial-registration' as const,
      channel: a.channel,
      officeId: a.officeId,
      outreachEventId: a.outreachEventId,
      applicant: a.applicant,
      household: a.household,
      declarations: { wishesToReside: true, wishesCitizenship: jitter.chance(0.85) },
      informationNotice: { version: '2026-01', language: a.noticeLanguage, mode: a.channel === 'portal' ? ('written' as const) : ('spoken' as const) },
    };
    // The generator is checked against the same rules as real intake, on a sample.
    if (applications < 50) {
      const errors = await services.people.problems([{ input: a.applicant, pointer: '/applicant' }]);
      if (errors.length) throw Problem.validation(errors);
    }
    pending.push(services.registration.planner.planSubmission(caller, submission, { at, history, historyAlreadyTold: true, drawReference, checkDuplicates: a.repeat, indexKeysNow: true }).sets);
    people += 1 + a.household.length;
    applications++;
    if (applications % 10000 === 0) await flush();
  }
  await flush();
  await twoThreads?.close();
  // The load's audit entries are linked and signed now, not by the first server to start.
  await services.auditTrail.sealer.sealAll();
  return { people, applications, secrets: sites.secrets };
}
