import os from 'node:os';
import type { Browser, BrowserContext } from 'playwright-core';
import { systemCaller } from '../src/access/caller.js';
import { systemActor } from '../src/platform/actor.js';
import { ApplicationCreate } from '../src/registration/schemas.js';
import { signedInStaff } from '../test/support/client.js';
import { applicant, receptionApplication, seedSites } from '../test/support/fixtures.js';
import { startTestApp, type TestApp } from '../test/support/harness.js';
import { browserUnavailableReason, launchChromium } from '../test/console/support/browser.js';

/** The machine the figures were taken on, printed with every figure. */
export function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

export interface ConsoleBench {
  t: TestApp;
  browser: Browser;
  /** A browser context signed in as the Khankendi registrar (its session cookie set). */
  signedIn(): Promise<BrowserContext>;
  close(): Promise<void>;
}

const families = ['Հովհաննիսյան', 'Оганесян', 'Petrosyan', 'Ղազարյան', 'Арутюнян', 'Qasparyan', 'Մկրտչյան', 'Саркисян'];
const givens = ['Արամ', 'Анна', 'Gevorg', 'Լուսինե', 'Давид', 'Narine', 'Հակոբ', 'Мариам'];

/** A server with `applications` received applications at the Khankendi office, and Chromium. */
export async function startConsoleBench(applications: number): Promise<ConsoleBench> {
  const unavailable = browserUnavailableReason();
  if (unavailable) throw new Error(`cannot run the console benchmarks: ${unavailable}`);
  const t = await startTestApp('sqlite');
  const sites = await seedSites(t);
  const caller = systemCaller(systemActor);
  for (let i = 0; i < applications; i++) {
    const input = ApplicationCreate.parse(
      receptionApplication(sites.khankendi.id, {
        applicant: applicant({ familyName: families[i % 8], givenName: givens[(i >> 3) % 8], birthDate: String(1930 + (i % 90)), phones: [], documents: [], notifyBy: 'none' }),
      }),
    );
    await t.runtime.services.registration.intake.submit(caller, input);
  }
  const registrar = await signedInStaff(t, 'registrar.bench', ['registrar'], sites.khankendi.id);
  const [name, value] = registrar.cookie!.split('=') as [string, string];
  const browser = await launchChromium();
  return {
    t,
    browser,
    async signedIn() {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
      await context.addCookies([{ name, value, url: t.url }]);
      return context;
    },
    async close() {
      await browser.close();
      await t.close();
    },
  };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
