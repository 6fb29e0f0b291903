import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/browser';
import type { Locale } from '../../../src/platform/i18n/locale.js';
import type { PlaceKind } from '../../../src/places/schemas.js';
import { api } from './http.js';
import type {
  ApplicationCreate,
  ApplicationListPage,
  ApplicationReceipt,
  ApplicationView,
  IntakeFigureTable,
  NotificationView,
  OfficeView,
  OutreachEventView,
  PlaceMatch,
  PlaceView,
  Session,
  StepType,
  TotpEnrolment,
  UserView,
  WorklistQuery,
} from './types.js';

/** The API calls the console makes, one function each, typed by the server's schemas. */
export const session = {
  signIn: (username: string, password: string) => api.post<Session>('/api/session', { username, password }),
  current: () => api.get<Session>('/api/session'),
  signOut: () => api.delete<void>('/api/session'),
  changePassword: (currentPassword: string, newPassword: string) =>
    api.post<Session>('/api/session/password', { currentPassword, newPassword }),
  setLanguage: (language: Locale) => api.put<UserView>('/api/session/preferences', { language }),
  totp: (code: string) => api.post<Session>('/api/session/totp', { code }),
  recoveryCode: (code: string) => api.post<Session>('/api/session/recovery-code', { code }),
  passkeyOptions: () => api.post<PublicKeyCredentialRequestOptionsJSON>('/api/session/passkey/options'),
  passkey: (credential: AuthenticationResponseJSON) => api.post<Session>('/api/session/passkey', { credential }),
};

/** My second factors; enrolling the first one completes a first sign-in. */
export const factors = {
  beginTotp: () => api.post<TotpEnrolment>('/api/session/factors/totp'),
  confirmTotp: (code: string) => api.post<Session>('/api/session/factors/totp/confirm', { code }),
  passkeyOptions: () => api.post<PublicKeyCredentialCreationOptionsJSON>('/api/session/factors/passkey/options'),
  registerPasskey: (credential: RegistrationResponseJSON, label?: string) => api.post<Session>('/api/session/factors/passkey', { credential, ...(label ? { label } : {}) }),
};

export const applications = {
  list: (query: WorklistQuery, signal?: AbortSignal) =>
    api.get<ApplicationListPage>('/api/applications', { query: query as Record<string, string | number | undefined>, ...(signal ? { signal } : {}) }),
  get: (id: string) => api.get<ApplicationView>(`/api/applications/${encodeURIComponent(id)}`),
  create: (input: ApplicationCreate, idempotencyKey: string) =>
    api.post<ApplicationReceipt>('/api/applications', input, { idempotencyKey }),
  step: (id: string, step: StepType, version: number, body: { reasonCode?: string; comment?: string }, idempotencyKey: string) =>
    api.post<ApplicationReceipt>(`/api/applications/${encodeURIComponent(id)}/${step}`, body, { ifMatch: version, idempotencyKey }),
  attachmentUrl: (id: string, attachmentId: string) =>
    `/api/applications/${encodeURIComponent(id)}/attachments/${encodeURIComponent(attachmentId)}`,
};

export const places = {
  search: (q: string, signal?: AbortSignal, kind?: PlaceKind) =>
    api.get<PlaceMatch[]>('/api/places', { query: { q, limit: 8, ...(kind ? { kind } : {}) }, ...(signal ? { signal } : {}) }),
  get: (id: string) => api.get<PlaceView>(`/api/places/${encodeURIComponent(id)}`),
};

export const offices = {
  list: () => api.get<OfficeView[]>('/api/offices'),
  outreachEvents: () => api.get<OutreachEventView[]>('/api/outreach-events'),
};

export const reports = {
  intake: (from: string, to: string) => api.get<IntakeFigureTable>('/api/reports/intake', { query: { from, to } }),
};

export const notifications = {
  dead: (limit = 500) => api.get<NotificationView[]>('/api/notifications', { query: { state: 'dead', limit } }),
  retry: (id: number) => api.post<NotificationView>(`/api/notifications/${id}/retry`),
};
