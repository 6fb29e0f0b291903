import type { PersonInput } from '../../../src/people/schemas.js';
import { api, type ApiResponse } from './http.js';
import { isProblem } from './problem.js';
import type { PersonView } from './types.js';

/**
 * People search and duplicate candidates, served by the matching module (issue 3). This file is
 * the console's side of that contract, in one place so that it is adjusted in one place when the
 * endpoints land. Until then the server answers 404 for these routes, and each call resolves to
 * `unavailable` so that pages can say so plainly instead of failing.
 */

/** Why a field of a candidate agrees (or not) with what was typed: the explanation shown to staff. */
export interface FieldAgreement {
  field: string;
  /** exact, similar (e.g. the same name in another script), different, or missing on either side. */
  level: 'exact' | 'similar' | 'different' | 'missing';
  /** A short human-readable note from the matcher, e.g. "Հովհաննիսյան ≈ Оганесян". */
  detail?: string;
}

export interface PersonMatch {
  person: PersonView;
  score: number;
  fields: FieldAgreement[];
}

export interface DuplicateCandidate {
  id: string;
  state: 'open' | 'confirmed' | 'dismissed';
  score: number;
  applicationId: string | null;
  left: PersonView;
  right: PersonView;
  fields: FieldAgreement[];
}

export type Availability<T> = { available: true; value: T } | { available: false };

export interface PeopleSearchQuery {
  q: string;
  birthDate?: string;
  placeId?: string;
  phone?: string;
  document?: string;
}

async function whenAvailable<T>(call: () => Promise<ApiResponse<T>>): Promise<Availability<T>> {
  try {
    return { available: true, value: (await call()).body };
  } catch (e) {
    if (isProblem(e, 'not-found')) return { available: false };
    throw e;
  }
}

export const matching = {
  searchPeople: (query: PeopleSearchQuery) =>
    whenAvailable(() => api.get<{ items: PersonMatch[] }>('/api/people/search', { query: { ...query, limit: 25 } })),
  /** Candidates for a person being typed at intake, before anything is saved. */
  candidatesFor: (person: Partial<PersonInput>, signal?: AbortSignal) =>
    whenAvailable(() => api.post<{ items: PersonMatch[] }>('/api/people/candidates', person, signal ? { signal } : {})),
  applicationCandidates: (applicationId: string) =>
    whenAvailable(() => api.get<{ items: DuplicateCandidate[] }>(`/api/applications/${encodeURIComponent(applicationId)}/duplicates`)),
  openDuplicates: (limit: number, offset: number) =>
    whenAvailable(() => api.get<{ total: number; items: DuplicateCandidate[] }>('/api/duplicates', { query: { state: 'open', limit, offset } })),
  duplicate: (id: string) => whenAvailable(() => api.get<DuplicateCandidate>(`/api/duplicates/${encodeURIComponent(id)}`)),
  decide: (id: string, decision: 'confirm' | 'dismiss', idempotencyKey: string) =>
    api.post<DuplicateCandidate>(`/api/duplicates/${encodeURIComponent(id)}/${decision}`, {}, { idempotencyKey }),
  unmerge: (personId: string, idempotencyKey: string) =>
    api.post<PersonView>(`/api/people/${encodeURIComponent(personId)}/unmerge`, {}, { idempotencyKey }),
};
