import { demoApplications, demoBirthPlaceIds, type DemoApplication } from '../../src/demo/generate.js';
import { percentile } from './load.js';

const searchEveryMs = 200;

/** People awaiting the duplicate check, as /metrics tells monitoring. */
async function queueLength(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return [...text.matchAll(/^homeward_duplicate_check_queue\{[^}]*\} (\d+)$/gm)].reduce((n, m) => n + Number(m[1]), 0);
}

/**
 * After a rush of registrations: how long the duplicate check takes to work off its queue, and
 * what a registrar's search costs meanwhile. Registrars search five times a second in all (an
 * office at work), for applicants of the rush by name and birth year: the first of the rush's own
 * generator, so every one of them was sent.
 */
export async function drainAfterRush(server: { url: string; cookie: string; officeId: string }, limitSeconds = 900) {
  const sites = { offices: [{ id: server.officeId, placeId: 'S001' }], events: [{ id: 'none', officeId: server.officeId }], birthPlaces: demoBirthPlaceIds };
  const applicants = demoApplications(7, Number.MAX_SAFE_INTEGER, sites, new Date());
  const queries = Array.from({ length: 2000 }, () => applicants.next().value as DemoApplication).map((a) => new URLSearchParams({ q: `${a.applicant.givenName} ${a.applicant.familyName}`, birthDate: String(a.applicant.birthDate).slice(0, 4) }));
  const started = performance.now();
  const atStart = await queueLength(server.url);
  const latencies: number[] = [];
  let failures = 0;
  let remaining = atStart;
  let polled = started;
  while (remaining > 0 && performance.now() - started < limitSeconds * 1000) {
    await new Promise((resolve) => setTimeout(resolve, started + latencies.length * searchEveryMs - performance.now()));
    const t = performance.now();
    const res = await fetch(`${server.url}/api/people/search?${queries[latencies.length % queries.length]}`, { headers: { cookie: server.cookie } });
    await res.arrayBuffer();
    latencies.push(performance.now() - t);
    if (!res.ok) failures++;
    if (performance.now() - polled > 500) {
      polled = performance.now();
      remaining = await queueLength(server.url);
    }
  }
  latencies.sort((a, b) => a - b);
  return {
    queuedAtEnd: atStart,
    seconds: (performance.now() - started) / 1000,
    drained: remaining === 0,
    searchP50: percentile(latencies, 50),
    searchP95: percentile(latencies, 95),
    searches: latencies.length,
    failures,
  };
}
