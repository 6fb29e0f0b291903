import { applicant, receptionApplication } from '../support/fixtures.js';
import { jpegOf, pdfBytes, pngBytes } from '../support/scans.js';

/** What a row needs from the running test: the sites, and an application received at Khankendi. */
export interface RowContext {
  officeId: string;
  outreachEventId: string;
  application: { id: string; version: number };
}

export type Caller = 'registrar' | 'reviewer' | 'anonymous' | 'forged-session';

export interface FieldExpectation {
  pointer: string;
  rule: string;
  in?: 'query' | 'path' | 'header';
}

export interface BadInputRow {
  name: string;
  as?: Caller;
  method?: 'GET' | 'POST';
  path?: (c: RowContext) => string;
  /** A JSON body (serialised by the client) … */
  body?: (c: RowContext) => unknown;
  /** … or the exact bytes to send, with their content type. */
  raw?: (c: RowContext) => string | Buffer;
  headers?: (c: RowContext) => Record<string, string>;
  status: number;
  code?: string;
  errors?: FieldExpectation[];
}

const withApplicant = (overrides: Record<string, unknown>) => (c: RowContext) =>
  receptionApplication(c.officeId, { applicant: applicant(overrides) });
const withApplication = (overrides: Record<string, unknown>) => (c: RowContext) => receptionApplication(c.officeId, overrides);
const json = { 'content-type': 'application/json' };
const step = (name: string) => (c: RowContext) => `/api/applications/${c.application.id}/${name}`;
const currentVersion = (c: RowContext) => ({ 'if-match': `"${c.application.version}"` });
const attach = (c: RowContext) => `/api/applications/${c.application.id}/attachments?kind=identity-document`;


/** Requests Homeward must refuse, each with the answer a client can rely on. */
export const refusedRows: BadInputRow[] = [
  // Shape of the body
  {
    name: 'unknown fields (no ethnicity or religion field exists)',
    body: (c) => ({ ...receptionApplication(c.officeId, { applicant: { ...applicant(), ethnicity: 'x' } }), religion: 'y' }),
    status: 400, code: 'validation',
    errors: [{ pointer: '/religion', rule: 'unknown-field' }, { pointer: '/applicant/ethnicity', rule: 'unknown-field' }],
  },
  {
    name: 'wrong types',
    body: (c) => receptionApplication(c.officeId, {
      applicant: applicant({ phones: '+374 97 123456', birthDate: 19610314 }),
      declarations: { wishesToReside: 'yes', wishesCitizenship: true },
    }),
    status: 400, code: 'validation',
    errors: [
      { pointer: '/applicant/birthDate', rule: 'type' },
      { pointer: '/applicant/phones', rule: 'type' },
      { pointer: '/declarations/wishesToReside', rule: 'type' },
    ],
  },
  {
    name: 'missing required fields',
    body: (c) => ({ channel: 'reception', officeId: c.officeId, applicant: { givenName: 'Արամ' } }),
    status: 400, code: 'validation',
    errors: [
      { pointer: '/applicant/familyName', rule: 'required' },
      { pointer: '/applicant/birthDate', rule: 'required' },
      { pointer: '/declarations', rule: 'required' },
      { pointer: '/informationNotice', rule: 'required' },
    ],
  },
  {
    name: 'a channel staff intake does not take',
    body: withApplication({ channel: 'portal' }),
    status: 400, code: 'validation', errors: [{ pointer: '/channel', rule: 'one-of' }],
  },
  { name: 'a blank name', body: withApplicant({ familyName: '   ' }), status: 400, code: 'validation', errors: [{ pointer: '/applicant/familyName', rule: 'required' }] },
  {
    name: 'a NUL character in a name or a document number (PostgreSQL cannot store it)',
    body: withApplicant({ givenName: 'Ara\u0000m', documents: [{ type: 'other', number: '12\u0000' }] }),
    status: 400, code: 'validation',
    errors: [{ pointer: '/applicant/givenName', rule: 'invalid' }, { pointer: '/applicant/documents/0/number', rule: 'invalid' }],
  },
  { name: 'a malformed e-mail address', body: withApplicant({ email: 'aram at example' }), status: 400, code: 'validation', errors: [{ pointer: '/applicant/email', rule: 'format' }] },
  // Birth dates
  { name: 'a birth date in the future', body: withApplicant({ birthDate: '2026-01-16' }), status: 400, code: 'validation', errors: [{ pointer: '/applicant/birthDate', rule: 'date.future' }] },
  { name: 'a birth date over 120 years ago', body: withApplicant({ birthDate: '1905-12-31' }), status: 400, code: 'validation', errors: [{ pointer: '/applicant/birthDate', rule: 'date.too-old' }] },
  { name: 'the 31st of February', body: withApplicant({ birthDate: '1990-02-31' }), status: 400, code: 'validation', errors: [{ pointer: '/applicant/birthDate', rule: 'date.invalid' }] },
  { name: 'month 13', body: withApplicant({ birthDate: '1990-13' }), status: 400, code: 'validation', errors: [{ pointer: '/applicant/birthDate', rule: 'date.invalid' }] },
  { name: 'a date in a local format', body: withApplicant({ birthDate: '14.03.1961' }), status: 400, code: 'validation', errors: [{ pointer: '/applicant/birthDate', rule: 'format' }] },
  {
    name: 'a household member born tomorrow',
    body: withApplication({ household: [{ ...applicant({ birthDate: '2026-01-16' }), relationship: 'child' }] }),
    status: 400, code: 'validation', errors: [{ pointer: '/household/0/birthDate', rule: 'date.future' }],
  },
  // Phones, documents, places
  { name: 'a malformed phone', body: withApplicant({ phones: ['+374 97 123456', 'call my neighbour'] }), status: 400, code: 'validation', errors: [{ pointer: '/applicant/phones/1', rule: 'phone.invalid' }] },
  { name: 'a phone too short to reach', body: withApplicant({ phones: ['+374 12'] }), status: 400, code: 'validation', errors: [{ pointer: '/applicant/phones/0', rule: 'phone.invalid' }] },
  { name: 'SMS asked for without a phone', body: withApplicant({ phones: [], notifyBy: 'sms' }), status: 400, code: 'validation', errors: [{ pointer: '/applicant/phones', rule: 'required' }] },
  {
    name: 'an Armenian passport number that breaks its format',
    body: withApplicant({ documents: [{ type: 'am-passport', number: 'A1452415' }] }),
    status: 400, code: 'validation', errors: [{ pointer: '/applicant/documents/0/number', rule: 'document.format' }],
  },
  {
    name: 'a Soviet passport number without its series',
    body: withApplicant({ documents: [{ type: 'am-passport', number: 'AR1452415' }, { type: 'ussr-passport', number: '123456' }] }),
    status: 400, code: 'validation', errors: [{ pointer: '/applicant/documents/1/number', rule: 'document.format' }],
  },
  { name: 'a document type that does not exist', body: withApplicant({ documents: [{ type: 'library-card', number: '1' }] }), status: 400, code: 'validation', errors: [{ pointer: '/applicant/documents/0/type', rule: 'one-of' }] },
  {
    name: 'unknown places',
    body: withApplicant({ birthPlace: { placeId: 'NOWHERE' }, residence: { placeId: 'S999999' } }),
    status: 400, code: 'validation',
    errors: [{ pointer: '/applicant/birthPlace/placeId', rule: 'place.unknown' }, { pointer: '/applicant/residence/placeId', rule: 'place.unknown' }],
  },
  { name: 'a place given neither from the list nor as text', body: withApplicant({ birthPlace: {} }), status: 400, code: 'validation', errors: [{ pointer: '/applicant/birthPlace', rule: 'required' }] },
  {
    name: 'every failing field at once',
    body: withApplicant({ birthDate: '1990-02-30', phones: ['12345'], documents: [{ type: 'az-tax-id', number: '12' }], residence: { placeId: 'NOWHERE' } }),
    status: 400, code: 'validation',
    errors: [
      { pointer: '/applicant/birthDate', rule: 'date.invalid' },
      { pointer: '/applicant/phones/0', rule: 'phone.invalid' },
      { pointer: '/applicant/documents/0/number', rule: 'document.format' },
      { pointer: '/applicant/residence/placeId', rule: 'place.unknown' },
    ],
  },
  // Sites
  { name: 'an unknown office', body: withApplication({ officeId: 'no-such-office' }), status: 400, code: 'validation', errors: [{ pointer: '/officeId', rule: 'office.unknown' }] },
  {
    name: 'an outreach application without its outreach reception',
    body: withApplication({ channel: 'outreach', officeId: undefined }),
    status: 400, code: 'validation', errors: [{ pointer: '/outreachEventId', rule: 'channel.requires-site' }],
  },
  // The envelope: size, media type, JSON, headers
  {
    name: 'a body over 1 MB',
    raw: (c) => JSON.stringify(receptionApplication(c.officeId, { applicant: applicant({ givenName: 'Ա'.repeat(600_000) }) })),
    headers: () => json,
    status: 413, code: 'payload-too-large',
  },
  { name: 'a form instead of JSON', raw: () => 'channel=reception', headers: () => ({ 'content-type': 'application/x-www-form-urlencoded' }), status: 415, code: 'unsupported-media-type' },
  { name: 'JSON sent as plain text', raw: (c) => JSON.stringify(receptionApplication(c.officeId)), headers: () => ({ 'content-type': 'text/plain' }), status: 415, code: 'unsupported-media-type' },
  { name: 'an image sent to a JSON route', raw: () => pngBytes, headers: () => ({ 'content-type': 'image/png' }), status: 415, code: 'unsupported-media-type' },
  { name: 'malformed JSON', raw: () => '{"channel": "reception",', headers: () => json, status: 400, code: 'validation', errors: [{ pointer: '', rule: 'json.malformed' }] },
  { name: 'an empty JSON body', raw: () => '', headers: () => json, status: 400, code: 'validation', errors: [{ pointer: '', rule: 'required' }] },
  { name: 'JSON that is not an object', raw: () => '[1, 2]', headers: () => json, status: 400, code: 'validation', errors: [{ pointer: '', rule: 'type' }] },
  {
    name: 'a malformed Idempotency-Key',
    body: (c) => receptionApplication(c.officeId),
    headers: () => ({ 'idempotency-key': 'short' }),
    status: 400, code: 'validation', errors: [{ pointer: '/Idempotency-Key', rule: 'header.idempotency-key', in: 'header' }],
  },
  // Query strings and paths
  { name: 'an unknown query parameter', method: 'GET', path: () => '/api/applications?colour=red', status: 400, code: 'validation', errors: [{ pointer: '/colour', rule: 'unknown-field', in: 'query' }] },
  { name: 'a NUL character in a filter', method: 'GET', path: (c) => `/api/applications?officeId=${c.officeId}%00`, status: 400, code: 'validation', errors: [{ pointer: '/officeId', rule: 'invalid', in: 'query' }] },
  { name: 'a page size out of range', method: 'GET', path: () => '/api/applications?limit=100000', status: 400, code: 'validation', errors: [{ pointer: '/limit', rule: 'too-big', in: 'query' }] },
  { name: 'an impossible day in a report', method: 'GET', path: () => '/api/reports/intake?from=2026-02-31&to=2026-03-01', status: 400, code: 'validation', errors: [{ pointer: '/from', rule: 'format', in: 'query' }] },
  { name: 'an over-long id in the path', method: 'GET', path: () => `/api/applications/${'x'.repeat(65)}`, status: 400, code: 'validation', errors: [{ pointer: '/id', rule: 'too-long', in: 'path' }] },
  { name: 'an application that does not exist', method: 'GET', path: () => '/api/applications/no-such-application', status: 404, code: 'not-found' },
  { name: 'a route that does not exist', method: 'GET', path: () => '/api/nothing-here', status: 404, code: 'not-found' },
  // Steps
  { name: 'an illegal transition', path: step('approve'), body: () => ({}), headers: currentVersion, as: 'reviewer', status: 409, code: 'illegal-transition' },
  { name: 'a stale version', path: step('start-review'), body: () => ({}), headers: () => ({ 'if-match': '"1"' }), as: 'reviewer', status: 412, code: 'version-mismatch' },
  { name: 'a missing If-Match', path: step('start-review'), body: () => ({}), as: 'reviewer', status: 428, code: 'version-required' },
  {
    name: 'a weak or malformed If-Match',
    path: step('start-review'), body: () => ({}), headers: (c) => ({ 'if-match': `W/"${c.application.version}"` }), as: 'reviewer',
    status: 400, code: 'validation', errors: [{ pointer: '/If-Match', rule: 'header.if-match', in: 'header' }],
  },
  {
    name: 'a reason that is not on the list',
    path: step('withdraw'), body: () => ({ reasonCode: 'bored' }), headers: currentVersion,
    status: 400, code: 'validation', errors: [{ pointer: '/reasonCode', rule: 'one-of' }],
  },
  // Attachments
  {
    name: 'PNG bytes declared as a JPEG',
    path: attach, raw: () => pngBytes, headers: () => ({ 'content-type': 'image/jpeg' }),
    status: 400, code: 'validation', errors: [{ pointer: '', rule: 'attachment.media-type' }],
  },
  { name: 'a text file as a scan', path: attach, raw: () => 'my passport number is AR1452415', headers: () => ({ 'content-type': 'text/plain' }), status: 415, code: 'unsupported-media-type' },
  { name: 'a scan over 10 MB', path: attach, raw: () => jpegOf(11 * 1024 * 1024), headers: () => ({ 'content-type': 'image/jpeg' }), status: 413, code: 'payload-too-large' },
  {
    name: 'a scan of an unknown kind',
    path: (c) => `/api/applications/${c.application.id}/attachments?kind=selfie`, raw: () => pdfBytes, headers: () => ({ 'content-type': 'application/pdf' }),
    status: 400, code: 'validation', errors: [{ pointer: '/kind', rule: 'one-of', in: 'query' }],
  },
  // Who is asking
  { name: 'no session', as: 'anonymous', body: (c) => receptionApplication(c.officeId), status: 401, code: 'unauthenticated' },
  { name: 'a forged session', as: 'forged-session', body: (c) => receptionApplication(c.officeId), status: 401, code: 'unauthenticated' },
  { name: 'no session, on a read of personal data', as: 'anonymous', method: 'GET', path: (c) => `/api/applications/${c.application.id}`, status: 401, code: 'unauthenticated' },
  { name: 'a reviewer taking an application', as: 'reviewer', body: (c) => receptionApplication(c.officeId), status: 403, code: 'forbidden' },
  { name: 'a registrar deciding', path: step('approve'), body: () => ({}), headers: currentVersion, status: 403, code: 'forbidden' },
];

/** Requests that look unusual but are right, and must be taken. */
export const acceptedRows: (BadInputRow & { check?: Record<string, unknown> })[] = [
  { name: 'a birth year alone', body: withApplicant({ birthDate: '1958' }), status: 201, check: { birthDate: '1958' } },
  { name: 'a birth year and month', body: withApplicant({ birthDate: '1985-07' }), status: 201, check: { birthDate: '1985-07' } },
  { name: 'the 29th of February of a leap year', body: withApplicant({ birthDate: '1960-02-29' }), status: 201, check: { birthDate: '1960-02-29' } },
  {
    name: 'an Azerbaijani passport number of uncertain format, kept as typed',
    body: withApplicant({ documents: [{ type: 'az-passport', number: 'C 12345' }] }),
    status: 201,
    check: { documents: [{ type: 'az-passport', number: 'C 12345', normalised: 'C12345', formatOk: false, issuer: null }] },
  },
  {
    name: 'a Soviet passport typed with the number sign and a Latin series',
    body: withApplicant({ documents: [{ type: 'ussr-passport', number: 'XIV-AK № 123456' }] }),
    status: 201,
    check: { documents: [{ type: 'ussr-passport', number: 'XIV-AK № 123456', normalised: 'XIV-АК123456', formatOk: true, issuer: null }] },
  },
  {
    name: 'a Karabakh Telecom number typed nationally, and a free-text birth place',
    body: withApplicant({ phones: ['097 123456'], birthPlace: { text: 'Karin Tak' } }),
    status: 201,
    check: { phones: [{ raw: '097 123456', e164: '+37497123456' }], birthPlace: { placeId: null, text: 'Karin Tak' } },
  },
];
