import autocannon from 'autocannon';
import { cli, sessionCookie, startServer } from './server.js';
import { projectRoot } from '../../src/platform/paths.js';

/** What a registrar's client sends, varied per request (three scripts, distinct documents). */
export const application = (officeId: string) => (i: number) =>
  JSON.stringify({
    channel: 'reception',
    officeId,
    applicant: {
      givenName: i % 3 === 0 ? 'Արամ' : i % 3 === 1 ? 'Арам' : 'Aram',
      patronymic: 'Գագիկի',
      familyName: `Հովհաննիսյան${i % 1000}`,
      sex: 'male',
      birthDate: `19${50 + (i % 50)}-0${1 + (i % 9)}-1${i % 10}`,
      birthPlace: { placeId: 'S001' },
      phones: [`+374 97 ${String(100000 + (i % 899999))}`],
      documents: [{ type: 'am-passport', number: `AR${String(1000000 + (i % 8999999))}` }],
      language: 'hy',
    },
    declarations: { wishesToReside: true, wishesCitizenship: true },
    informationNotice: { version: '2026-01', language: 'hy', mode: 'spoken' },
  });

/** POSTs generated bodies to one path with `connections` clients for `seconds`. */
export function runLoad(url: string, path: string, headers: Record<string, string>, body: (i: number) => string, seconds: number, connections: number) {
  let i = 0;
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: url + path,
        connections,
        duration: seconds,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        requests: [{ setupRequest: (req) => ({ ...req, body: body(i++) }) }],
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
 * signed in and the Khankendi office created: ready to take registrations.
 */
export async function intakeServer(env: Record<string, string>, port: number, root = projectRoot()) {
  const secret = cli(['user', 'add', 'bench', '--role', 'supervisor', 'administrator'], env, root).trim().split(' ').pop()!;
  const server = await startServer({ HOMEWARD_WORKER: 'false', ...env }, port, 'dist/src/main.js', root);
  const cookie = await sessionCookie(server.url, 'bench', secret);
  const office = await fetch(`${server.url}/api/offices`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ code: 'KHK', placeId: 'S001', names: { az: 'Xankəndi', hy: 'Ստեփանակերտ', ru: 'Ханкенди', en: 'Khankendi' } }),
  }).then((r) => r.json() as Promise<{ id: string }>);
  return { server, cookie, officeId: office.id };
}
