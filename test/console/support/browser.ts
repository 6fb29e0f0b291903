import fs from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's chromium; the browser tests never download a browser of their own. */
export const chromiumPath = '/usr/bin/chromium';

export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Why the browser tests cannot run here, or undefined when they can. */
export function browserUnavailableReason(): string | undefined {
  if (!fs.existsSync(chromiumPath)) return `${chromiumPath} is absent (install Debian's chromium: apt-get install -y chromium)`;
  if (!fs.existsSync('dist/web/console/index.html')) return 'dist/web is not built (run npm run build)';
  return undefined;
}

const announced = new Set<string>();

/** Says loudly, once per suite, that browser tests are skipped and why; a silent skip would hide it. */
export function announceSkip(suite: string, reason: string) {
  if (announced.has(suite)) return;
  announced.add(suite);
  process.stderr.write(`\n[homeward browser tests] ${suite} SKIPPED: ${reason}\n\n`);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags, headless: true });
}

/** Fails the test on any error the page logs or throws, so broken pages cannot pass quietly. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 40[14]/.test(m.text())) errors.push(`console: ${m.text()} at ${m.location().url}`);
  });
  return errors;
}
