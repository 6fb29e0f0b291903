import { webcrypto } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReceipt } from '../../src/portal/core/receipt.js';
import { parseReference } from '../../src/registration/core/reference.js';
import { ApiClient } from '../support/client.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { expectProblem, fieldErrors } from '../support/problems.js';
import { storeKinds } from '../support/stores.js';
import { apply, portalApplication } from './support.js';

describe.each(storeKinds)('applying on the portal (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t?.close());

  it('answers a reference number and a receipt signed with the server key, once per draft', async () => {
    const client = new ApiClient(t.url);
    const body = portalApplication();
    const key = `draft-${body.id}`;
    const first = await apply(client, body, key);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(parseReference(first.body.reference)).toBe(first.body.reference);
    expect(first.body.state).toBe('received');
    const facts = parseReceipt(first.body.receipt)!;
    expect(facts).toMatchObject({ reference: first.body.reference, holder: 'А. П.', birthYear: '1984' });

    const retry = await apply(new ApiClient(t.url), body, key);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    const count = await t.runtime.deps.store.db.selectFrom('applications' as never).select((eb) => eb.fn.countAll().as('n')).where('channel' as never, '=', 'portal' as never).executeTakeFirstOrThrow();
    expect(Number((count as { n: unknown }).n)).toBe(1);
  });

  it('records the application as the applicant’s, through the portal, with the notice read in their language', async () => {
    const res = await apply(new ApiClient(t.url), portalApplication({ applicant: { givenName: 'Aygün', familyName: 'Məmmədova', language: 'az' } }));
    const app = await t.runtime.services.registration.views.byReference(res.body.reference);
    const actions = await t.runtime.deps.store.db.selectFrom('application_actions' as never).selectAll().where('application_id' as never, '=', app!.id as never).execute();
    expect(actions.map((a) => (a as { actor_role: string }).actor_role)).toEqual(['applicant', 'applicant']);
    const row = (await t.runtime.deps.store.db.selectFrom('applications' as never).selectAll().where('id' as never, '=', app!.id as never).executeTakeFirst()) as Record<string, unknown>;
    expect(row).toMatchObject({ channel: 'portal', office_id: null, notice_language: 'ru', notice_mode: 'written' });
  });

  it('verifies a genuine receipt and detects every kind of tampering', async () => {
    const { body } = await apply(new ApiClient(t.url), portalApplication());
    const anyone = new ApiClient(t.url);
    const genuine = await anyone.post('/api/portal/receipts/verify', { payload: body.receipt });
    expect(genuine.body).toMatchObject({ genuine: true, reference: body.reference, birthYear: '1984' });

    const fields = body.receipt.split('|');
    const tampered = [
      fields.map((f: string, i: number) => (i === 1 ? otherReference(f) : f)).join('|'),
      fields.map((f: string, i: number) => (i === 3 ? 'Б. П.' : f)).join('|'),
      fields.map((f: string, i: number) => (i === 4 ? '1985' : f)).join('|'),
      fields.map((f: string, i: number) => (i === 6 ? flipFirst(f) : f)).join('|'),
      fields.map((f: string, i: number) => (i === 5 ? '0000000000000000' : f)).join('|'),
      'not a receipt',
    ];
    for (const payload of tampered) expect((await anyone.post('/api/portal/receipts/verify', { payload })).body, payload).toEqual({ genuine: false });
  });

  it('lets a receipt be checked offline with the published key alone (WebCrypto Ed25519)', async () => {
    const { body } = await apply(new ApiClient(t.url), portalApplication());
    const keys = await new ApiClient(t.url).get('/.well-known/homeward-receipt-keys.json');
    expect(keys.headers.get('cache-control')).toMatch(/public/);
    const parsed = parseReceipt(body.receipt)!;
    const published = keys.body.keys.find((k: { id: string }) => k.id === parsed.keyId);
    const key = await webcrypto.subtle.importKey('raw', Buffer.from(published.publicKey, 'base64'), { name: 'Ed25519' }, false, ['verify']);
    const check = (signed: string) => webcrypto.subtle.verify('Ed25519', key, parsed.signature, new TextEncoder().encode(signed));
    expect(await check(parsed.signed)).toBe(true);
    expect(await check(parsed.signed.replace('1984', '1983'))).toBe(false);
  });

  it('prints the receipt as a PDF with the QR code, for a genuine payload only', async () => {
    const { body } = await apply(new ApiClient(t.url), portalApplication());
    const anyone = new ApiClient(t.url);
    const pdf = await fetch(`${t.url}/api/portal/receipts/pdf?lang=hy&payload=${encodeURIComponent(body.receipt)}`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const forged = body.receipt.replace('1984', '1983');
    expectProblem(await anyone.get(`/api/portal/receipts/pdf?payload=${encodeURIComponent(forged)}`), 404, 'not-found');
  });

  it('refuses an application nobody could be told about, in the resident’s language', async () => {
    const res = await apply(new ApiClient(t.url), portalApplication({ applicant: { phones: [], email: null } }), undefined, 'hy');
    expectProblem(res, 400, 'validation');
    expect(fieldErrors(res)).toEqual([{ pointer: '/applicant/phones', rule: 'contact.required' }]);
    expect(res.body.errors[0].message).toMatch(/[\u0531-\u0587]/);
  });

  it('names each failing field of a bad application, with the rule', async () => {
    const foreign = await apply(new ApiClient(t.url), portalApplication({ channel: 'reception' }));
    expect(fieldErrors(foreign)).toEqual([{ pointer: '/channel', rule: 'unknown-field' }]);
    const res = await apply(new ApiClient(t.url), portalApplication({ applicant: { birthDate: '2999-01-01', birthPlace: { placeId: 'NOWHERE' } } }));
    expectProblem(res, 400, 'validation');
    expect(fieldErrors(res).map((e) => e.rule).sort()).toEqual(['date.future', 'place.unknown']);
  });
});

/** Another valid reference (check character recomputed), so only the signature can tell. */
function otherReference(reference: string): string {
  const alphabet = '23456789ACEFHJKMNPRTWXY';
  for (const ch of alphabet) {
    for (const last of alphabet) {
      const candidate = `${ch}${reference.slice(1, 10)}${last}`;
      if (candidate !== reference && parseReference(candidate) === candidate) return candidate;
    }
  }
  throw new Error('no other reference');
}

function flipFirst(signature: string): string {
  return (signature[0] === 'A' ? 'B' : 'A') + signature.slice(1);
}
