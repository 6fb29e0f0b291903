import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stepTypes, type State, type StepType } from '../../src/registration/core/lifecycle.js';
import { signedInStaff, type ApiClient } from '../support/client.js';
import { receptionApplication, seedSites } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { expectProblem } from '../support/problems.js';
import { storeKinds } from '../support/stores.js';
import { allowedTransitions, completeStepBody, pathTo } from './lifecycle-spec.js';

const reachable = Object.keys(pathTo) as State[];

describe.each(storeKinds)('every step from every state, over HTTP (%s)', (kind) => {
  let t: TestApp;
  /** Holds every step permission for the Khankendi office. */
  let clerk: ApiClient;
  let officeId: string;

  beforeAll(async () => {
    t = await startTestApp(kind);
    officeId = (await seedSites(t)).khankendi.id;
    clerk = await signedInStaff(t, 'all.steps', ['supervisor', 'registrar'], officeId);
  });
  afterAll(() => t?.close());

  const take = (id: string, step: StepType, version: number) =>
    clerk.post(`/api/applications/${id}/${step}`, completeStepBody, { 'if-match': `"${version}"` });

  async function applicationIn(state: State) {
    const { body } = await clerk.post('/api/applications', receptionApplication(officeId));
    let version = body.version as number;
    for (const step of pathTo[state]!) {
      const res = await take(body.id, step, version);
      expect(res.status, `${step}: ${JSON.stringify(res.body)}`).toBe(200);
      version = res.body.version;
    }
    return { id: body.id as string, version };
  }

  it.each(reachable)('from %s: refuses every other step with 409 and changes nothing', async (state) => {
    const app = await applicationIn(state);
    const illegal = stepTypes.filter((s) => !allowedTransitions[state][s]);
    for (const step of illegal) {
      const res = await take(app.id, step, app.version);
      expectProblem(res, 409, 'illegal-transition');
      expect(res.body).toMatchObject({ currentState: state, step });
    }
    const view = await clerk.get(`/api/applications/${app.id}`);
    expect(view.body).toMatchObject({ state, version: app.version });
    expect(view.body.allowedSteps.sort()).toEqual(stepTypes.filter((s) => allowedTransitions[state][s]).sort());
  });

  const allowed = reachable.flatMap((from) => stepTypes.filter((s) => allowedTransitions[from][s]).map((step) => ({ from, step, to: allowedTransitions[from][step]! })));

  it.each(allowed)('$from --$step--> $to, appended as an action', async ({ from, step, to }) => {
    const app = await applicationIn(from);
    const res = await take(app.id, step, app.version);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ state: to, version: app.version + 1 });
    expect(res.headers.get('etag')).toBe(`"${app.version + 1}"`);
    const view = await clerk.get(`/api/applications/${app.id}`);
    // The action records the role that granted the step: supervisors do not issue documents, registrars do.
    const role = step === 'issue-documents' ? 'registrar' : 'supervisor';
    expect(view.body.timeline.at(-1)).toMatchObject({ type: step, stateAfter: to, version: app.version + 1, actor: { role } });
  });
});
