import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announceSkip, collectPageErrors } from '../../console/support/browser.js';
import { signedInStaff, type ApiClient } from '../../support/client.js';
import { seedSites } from '../../support/fixtures.js';
import { startTestApp, type TestApp } from '../../support/harness.js';
import { backOnline, filesUnder, holds, newProfile, outreachUnavailableReason, registerPerson, reopenedOffline, signedInThenOffline, startChromium, type OwnChromium } from './support.js';

const unavailable = outreachUnavailableReason();
if (unavailable) announceSkip('outreach offline', unavailable);

/** A family name no one has, so that finding it on disk or counting it on the server means exactly these people. */
const canary = `Kanareyan${Date.now().toString(36)}`;

describe.skipIf(unavailable !== undefined)('the outreach app offline', () => {
  let t: TestApp;
  let worker: ApiClient;
  let chrome: OwnChromium | undefined;
  const profile = newProfile();

  beforeAll(async () => {
    t = await startTestApp('sqlite');
    const sites = await seedSites(t);
    worker = await signedInStaff(t, 'outreach.village', ['outreach-worker'], sites.khankendi.id);
  });
  afterAll(async () => {
    await chrome?.close();
    await t?.close();
    fs.rmSync(profile, { recursive: true, force: true });
  });

  it('registers 20 people offline, survives the browser being killed, and sends each exactly once', async () => {
    chrome = await startChromium(profile);
    let page = await signedInThenOffline(chrome, t.url, worker);
    const errors = collectPageErrors(page);
    const references: string[] = [];
    for (let i = 0; i < 20; i++) references.push(await registerPerson(page, `Anahit${String.fromCharCode(97 + i)}`, canary, `19${50 + i}-03-14`));
    expect(new Set(references).size).toBe(20);

    // No one's name reaches the disk in the clear: what IndexedDB wrote is sealed.
    const idbDir = path.join(profile, 'Default', 'IndexedDB');
    const idbFiles = filesUnder(idbDir);
    expect(idbFiles.length).toBeGreaterThan(0);
    for (const file of idbFiles) expect(holds(fs.readFileSync(file), canary), file).toBe(false);

    await chrome.kill();
    ({ chrome, page } = await reopenedOffline(profile, t.url));
    errors.push(...collectPageErrors(page));
    // Opened with no connection, from what the service worker kept; the outbox is all there.
    await expect.poll(() => page.locator('li[data-state="saved"]').count()).toBe(20);

    await backOnline(chrome, page, worker);
    await expect.poll(() => page.locator('li[data-state="sent"]').count(), { timeout: 30_000 }).toBe(20);

    const people = await t.runtime.deps.store.db.selectFrom('people').select('given_name').where('family_name', '=', canary).execute();
    expect(people.length).toBe(20);
    expect(new Set(people.map((p) => p.given_name)).size).toBe(20);
    const apps = await t.runtime.deps.store.db.selectFrom('applications').select('reference').where('channel', '=', 'outreach').execute();
    expect(apps.map((a) => a.reference).sort()).toEqual([...references].sort());
    expect(errors.filter((e) => !/Failed to fetch|ERR_INTERNET_DISCONNECTED|status of 401/.test(e))).toEqual([]);
  }, 180_000);
});
