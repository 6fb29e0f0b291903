/**
 * "Saved on this device" must mean saved: N trials of registering a person offline in the
 * outreach app and killing the browser (SIGKILL) the moment the receipt says so, then starting
 * it again on the same profile, offline, and counting the registrations the outbox still holds.
 * Goal: 200 trials, 0 lost.
 * Run: npx tsx bench/outreach-kill.ts   (needs npm run build and /usr/bin/chromium; BENCH_KILL_TRIALS=200)
 */
import fs from 'node:fs';
import { signedInStaff } from '../test/support/client.js';
import { seedSites } from '../test/support/fixtures.js';
import { startTestApp } from '../test/support/harness.js';
import { m, newProfile, openApp, outreachUnavailableReason, signIn, startChromium, type OwnChromium } from '../test/outreach/browser/support.js';
import { figure, header } from './lib/machine.js';

const trials = Number(process.env.BENCH_KILL_TRIALS ?? 200);

const unavailable = outreachUnavailableReason();
if (unavailable) {
  console.error(`outreach kill trials: cannot run: ${unavailable}`);
  process.exit(1);
}

const t = await startTestApp('sqlite');
const profile = newProfile();
let chrome: OwnChromium = await startChromium(profile);
const saved: string[] = [];
let lost = 0;
let firstLoss: number | undefined;
let emptied = 0;
try {
  header(`Outreach: browser killed right after "saved on this device", ${trials} trials`);
  const sites = await seedSites(t);
  const worker = await signedInStaff(t, 'outreach.kill', ['outreach-worker'], sites.khankendi.id);
  await signIn(await openApp(chrome.context, t.url), worker);

  for (let trial = 1; trial <= trials; trial++) {
    await chrome.context.setOffline(true);
    const page = await openApp(chrome.context, t.url);
    await page.getByRole('button', { name: m['nav.register'] }).click();
    const name = `Kill${trial}`;
    await page.getByLabel(m['field.givenName']).first().fill(name);
    await page.getByLabel(m['field.familyName']).first().fill('Trialyan');
    await page.getByLabel(m['field.birthDate']).first().fill('1970-01-01');
    await page.getByRole('button', { name: m['register.save'] }).click();
    await page.getByText(m['receipt.saved']).waitFor();
    await chrome.kill();
    saved.push(name);

    chrome = await startChromium(profile);
    await chrome.context.setOffline(true);
    const again = await openApp(chrome.context, t.url);
    const outbox = again.getByRole('button', { name: m['nav.outbox'] });
    // A profile whose IndexedDB Chromium threw away opens on the sign-in form instead.
    const opened = await Promise.race([outbox.waitFor().then(() => 'app'), again.getByLabel(m['signin.username']).waitFor().then(() => 'sign-in')]);
    const held = new Set<string>();
    if (opened === 'app') {
      await outbox.click();
      await again.locator('ol.outbox').waitFor({ state: 'attached' });
      // The list is decrypted after the page shows: wait for all of it, or for a short while if some is missing.
      await again.waitForFunction((n) => document.querySelectorAll('ol.outbox li').length >= n, saved.length, { timeout: 5_000 }).catch(() => undefined);
      for (const text of await again.locator('ol.outbox li strong').allInnerTexts()) held.add(text.split(' ')[0]!);
    } else emptied++;
    const missing = saved.filter((s) => !held.has(s));
    if (missing.length) {
      firstLoss ??= trial;
      lost += missing.length;
      console.log(`trial ${trial}: ${missing.length} saved registrations missing (${opened === 'app' ? 'outbox short' : 'device store gone'})`);
      // Count each loss once: carry on from what the device holds now.
      saved.splice(0, saved.length, ...saved.filter((s) => held.has(s)));
      if (opened === 'sign-in') {
        await chrome.context.setOffline(false);
        await signIn(again, worker);
      }
    }
    if (trial % 25 === 0) console.log(`(${trial} trials, ${lost} lost so far)`);
  }
  figure(`registrations lost after a kill at "saved on this device"`, `${lost} in ${trials} trials${firstLoss ? `, first at trial ${firstLoss}; device store thrown away ${emptied} times` : ''}`, '0 in 200');
  if (lost) process.exitCode = 1;
} finally {
  await chrome.close();
  await t.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
