import type { Locale } from '../../../src/platform/i18n/locale.js';
import { createNotificationWorker, type NotificationWorker } from '../../../src/notifications/worker.js';
import { transportsFor } from '../../../src/notifications/transports/index.js';
import az from '../../../web/ui/i18n/messages/az.js';
import en from '../../../web/ui/i18n/messages/en.js';
import hy from '../../../web/ui/i18n/messages/hy.js';
import ru from '../../../web/ui/i18n/messages/ru.js';
import { signedInStaff, testPassword, type ApiClient } from '../../support/client.js';
import { applicant, receptionApplication, seedSites } from '../../support/fixtures.js';
import { startTestApp, type TestApp } from '../../support/harness.js';

export const messages = { az, hy, ru, en } as const;
export type ConsoleMessages = typeof en;

export interface ConsoleServer {
  t: TestApp;
  sites: Awaited<ReturnType<typeof seedSites>>;
  registrar: { username: string; api: ApiClient };
  reviewer: { username: string; api: ApiClient };
  password: string;
  close(): Promise<void>;
}

/**
 * A real server serving the built console, with a Khankendi registrar and a reviewer who both
 * work in `language`, the notification worker running so that messages get sent, and the
 * duplicate check running after each intake.
 */
export async function startConsoleServer(language: Locale, options: Parameters<typeof startTestApp>[1] = {}): Promise<ConsoleServer> {
  const t = await startTestApp('sqlite', options);
  const sites = await seedSites(t);
  const staff = async (username: string, roles: Parameters<typeof signedInStaff>[2], officeId: string | null) => {
    const api = await signedInStaff(t, username, roles, officeId);
    await api.request('PUT', '/api/session/preferences', { body: { language } });
    return { username, api };
  };
  const registrar = await staff(`registrar.${language}`, ['registrar'], sites.khankendi.id);
  const reviewer = await staff(`reviewer.${language}`, ['reviewer'], null);
  const worker: NotificationWorker = createNotificationWorker(t.runtime.deps, t.runtime.services.notifications, transportsFor(t.config.notifications, t.runtime.deps.clock), {
    owner: 'console-e2e',
    pollMs: 100,
  });
  worker.start();
  // The duplicate check after intake, as `homeward serve` runs it: it fills the review worklist.
  const matchWorker = t.runtime.services.matchWorker;
  matchWorker.start();
  return {
    t,
    sites,
    registrar,
    reviewer,
    password: testPassword,
    async close() {
      worker.stop();
      matchWorker.stop();
      await t.close();
    },
  };
}

/**
 * The same man applied twice, once written in Cyrillic and once in Latin letters: after the
 * duplicate check has run, one open pair waits for review.
 */
export async function sameManTwice(server: ConsoleServer) {
  const office = server.sites.khankendi.id;
  const cyrillic = applicant({ givenName: 'Арам', patronymic: 'Гагикович', familyName: 'Оганесян', language: 'ru', phones: [], documents: [], notifyBy: 'none' });
  const latin = applicant({ givenName: 'Aram', patronymic: null, familyName: 'Hovhannisyan', language: 'en', documents: [], notifyBy: 'none' });
  for (const person of [cyrillic, latin]) {
    const res = await server.registrar.api.post('/api/applications', receptionApplication(office, { applicant: person }));
    if (res.status !== 201) throw new Error(`intake failed: ${JSON.stringify(res.body)}`);
  }
  // The duplicate check runs beside intake (its queue claimed under a lease): run it to the end here.
  await server.t.runtime.services.matchWorker.drain();
}
