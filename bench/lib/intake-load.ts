import autocannon from 'autocannon';
import { cli, sessionCookie, startServer } from './server.js';
import { projectRoot } from '../../src/platform/paths.js';
import { demoApplications, demoBirthPlaceIds, type DemoApplication } from '../../src/demo/generate.js';

/**
 * What registrars send: applicants made by the demo data's generator, so with its spread of names,
 * scripts, birth dates, phones and documents (one person per registration, without their
 * households). Names matter to the duplicate check after intake: how many earlier applicants share
 * an applicant's keys decides how much it reads. (Until 2026-11-26 every applicant here shared one
 * given name, patronymic and family name, so each check read every earlier applicant's key.)
 */
export const application = (officeId: string) => {
  const sites = { offices: [{ id: officeId, placeId: 'S001' }], events: [{ id: 'none', officeId }], birthPlaces: demoBirthPlaceIds };
  const applicants = demoApplications(7, Number.MAX_SAFE_INTEGER, sites, new Date());
  return (_i: number) => {
    const { applicant } = applicants.next().value as DemoApplication;
    return JSON.stringify({
      channel: 'reception',
      officeId,
      applicant,
      declarations: { wishesToReside: true, wishesCitizenship: true },
      informationNotice: { version: '2026-01', language: applicant.language, mode: 'spoken' },
    });
  };
};

/**
 * POSTs generated bodies to one path with `connections` clients for `seconds`; with `cookies`,
 * the requests take them in turn, as staff members each signed in on their own.
 */
export function runLoad(url: string, path: string, headers: Record<string, string>, body: (i: number) => string, seconds: number, connections: number, cookies: readonly string[] = []) {
  let i = 0;
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: url + path,
        connections,
        duration: seconds,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        requests: [
          {
            setupRequest: (req) => {
              const n = i++;
              return { ...req, body: body(n), ...(cookies.length ? { headers: { ...req.headers, cookie: cookies[n % cookies.length]! } } : {}) };
            },
          },
        ],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
}

export const summary = (r: autocannon.Result, seconds: number) => {
  const ok = r['2xx'];
  return { perSecond: ok / seconds, p99: r.latency.p99, errors: r.non2xx + r.errors, p50: r.latency.p50 };
};

/**
 * A server of the build in `root` (this checkout by default) on a fresh store, with a supervisor
 * signed in and the Khankendi office created: ready to take registrations. With `registrars`,
 * that many registrars of the office are signed in too, each with a session of their own
 * (`cookies`), as at a busy office; builds compared against keep the supervisor alone.
 */
export async function intakeServer(env: Record<string, string>, port: number, root = projectRoot(), registrars = 0) {
  const secret = cli(['user', 'add', 'bench', '--role', 'supervisor', 'administrator'], env, root).trim().split(' ').pop()!;
  const server = await startServer({ HOMEWARD_WORKER: 'false', ...env }, port, 'dist/src/main.js', root);
  const cookie = await sessionCookie(server.url, 'bench', secret);
  const office = await fetch(`${server.url}/api/offices`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ code: 'KHK', placeId: 'S001', names: { az: 'Xankəndi', hy: 'Ստեփանակերտ', ru: 'Ханкенди', en: 'Khankendi' } }),
  }).then((r) => r.json() as Promise<{ id: string }>);
  const cookies = await Promise.all(Array.from({ length: registrars }, (_, n) => registrarSession(server.url, cookie, office.id, n)));
  return { server, cookie, cookies, officeId: office.id };
}

async function registrarSession(url: string, supervisor: string, officeId: string, n: number) {
  const username = `registrar.${n}`;
  const created = await fetch(`${url}/api/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: supervisor },
    body: JSON.stringify({ username, displayName: `Registrar ${n}`, roles: ['registrar'], officeId }),
  }).then((r) => r.json() as Promise<{ oneTimeSecret: string }>);
  return sessionCookie(url, username, created.oneTimeSecret);
}
