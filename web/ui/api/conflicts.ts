/** The conflict inbox's calls, typed by the outreach API's zod schemas (types only). */
import type { ConflictView } from '../../../src/outreach/schemas.js';
import { api } from './http.js';

export type { ConflictView };
export type ConflictState = ConflictView['state'];
export type ConflictChoice = NonNullable<ConflictView['chosen']>;

export const conflicts = {
  list: (state: ConflictState) => api.get<{ items: ConflictView[] }>('/api/outreach/conflicts', { query: { state } }),
  count: () => api.get<{ open: number }>('/api/outreach/conflicts/count'),
  resolve: (conflictId: string, choose: ConflictChoice) => api.post<ConflictView>(`/api/outreach/conflicts/${encodeURIComponent(conflictId)}/resolve`, { choose }),
};
