import type { z } from 'zod';
import type { CandidatesRequest, DuplicateCandidate, DuplicateList, FieldAgreement, PersonMatch, PersonMatches } from '../../../src/matching/schemas.js';
import { api } from './http.js';
import type { PersonView } from './types.js';

/**
 * People search, duplicate candidates and their review (the matching module, issue 3), typed by
 * the server's own schemas (types only: nothing of the server is bundled).
 */
export type { DuplicateCandidate, FieldAgreement, PersonMatch };
export type PersonMatchList = z.infer<typeof PersonMatches>;
export type DuplicatePage = z.infer<typeof DuplicateList>;
export type DuplicateState = DuplicateCandidate['state'];
export type CandidateProbe = z.input<typeof CandidatesRequest>;

export interface PeopleSearchQuery {
  q: string;
  birthDate?: string;
  placeId?: string;
  phone?: string;
  document?: string;
}

const id = encodeURIComponent;

export const matching = {
  searchPeople: (query: PeopleSearchQuery, signal?: AbortSignal) =>
    api.get<PersonMatchList>('/api/people/search', { query: { ...query, limit: 25 }, ...(signal ? { signal } : {}) }),
  /** Candidates for a person being typed at intake, before anything is saved. */
  candidatesFor: (person: CandidateProbe, signal?: AbortSignal) =>
    api.post<PersonMatchList>('/api/people/candidates', person, signal ? { signal } : {}),
  applicationCandidates: (applicationId: string) => api.get<{ items: DuplicateCandidate[] }>(`/api/applications/${id(applicationId)}/duplicates`),
  duplicates: (state: DuplicateState, limit: number, offset: number) =>
    api.get<DuplicatePage>('/api/duplicates', { query: { state, limit, offset } }),
  duplicate: (duplicateId: string) => api.get<DuplicateCandidate>(`/api/duplicates/${id(duplicateId)}`),
  decide: (duplicateId: string, decision: 'confirm' | 'dismiss') => api.post<DuplicateCandidate>(`/api/duplicates/${id(duplicateId)}/${decision}`),
  /** Undoes the merge of `personId` (the record that was merged away) into the person it joined. */
  unmerge: (personId: string) => api.post<PersonView>(`/api/people/${id(personId)}/unmerge`),
};
