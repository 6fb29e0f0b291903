import fs from 'node:fs';
import path from 'node:path';
import type { Locale } from '../../../src/platform/i18n/locale.js';
import { createNotificationWorker, type NotificationWorker } from '../../../src/notifications/worker.js';
import { transportsFor } from '../../../src/notifications/transports/index.js';
import az from '../../../web/ui/i18n/portal-messages/az.js';
import en from '../../../web/ui/i18n/portal-messages/en.js';
import hy from '../../../web/ui/i18n/portal-messages/hy.js';
import ru from '../../../web/ui/i18n/portal-messages/ru.js';
import { browserUnavailableReason } from '../../console/support/browser.js';
import { fileSinkOf, startTestApp, type TestApp } from '../../support/harness.js';

export const portalMessages: Record<Locale, Record<keyof typeof en, string>> = { az, hy, ru, en };

/** Why the portal's browser tests cannot run here: no chromium, or the portal is not built. */
export function portalUnavailableReason(): string | undefined {
  return browserUnavailableReason() ?? (fs.existsSync('dist/web/portal/index.html') ? undefined : 'dist/web/portal is not built (run npm run build)');
}

/** A real server serving the built portal, with the notification worker delivering codes to the file sink. */
export async function startPortalServer(): Promise<{ t: TestApp; close(): Promise<void> }> {
  const t = await startTestApp('sqlite');
  const worker: NotificationWorker = createNotificationWorker(t.runtime.deps, t.runtime.services.notifications, transportsFor(t.config.notifications, t.runtime.deps.clock), {
    owner: 'portal-e2e',
    pollMs: 100,
  });
  worker.start();
  return {
    t,
    async close() {
      worker.stop();
      await t.close();
    },
  };
}

/** Waits for the one-time code sent about `reference` to reach the file sink. */
export async function codeFromSink(t: TestApp, reference: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const file = fileSinkOf(t);
    if (fs.existsSync(file)) {
      const code = fs
        .readFileSync(file, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { text: string })
        .filter((l) => l.text.includes(reference))
        .map((l) => /\b(\d{6})\b/.exec(l.text)?.[1])
        .filter(Boolean)
        .at(-1);
      if (code) return code;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no code reached the file sink');
}

export const artifactDir = (lang: string) => {
  const dir = path.join('test-artifacts', 'portal', lang);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
};
