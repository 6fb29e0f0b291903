/**
 * The console's calls for residents' rights (corrections, erasure, legal holds, exports), typed
 * by the server's own zod schemas (types only: nothing of the server is bundled by these imports).
 */
import type { z } from 'zod';
import type {
  ErasureRequest,
  ErasureView,
  ExportRequest,
  ExportView,
  HoldView,
  ResidentCorrection,
  StaffCorrection,
  StaffErasureRequest,
} from '../../../src/rights/schemas.js';
import { api } from './http.js';

export type { ErasureView, ExportView, HoldView, ResidentCorrection, StaffCorrection, StaffErasureRequest };
/** What the erasure form sends: the reason code and the officer's note. */
export type ErasureInput = z.input<typeof ErasureRequest>;
export type ExportInput = z.input<typeof ExportRequest>;

const id = (value: string) => encodeURIComponent(value);

export const corrections = {
  open: () => api.get<{ items: StaffCorrection[] }>('/api/corrections', { query: { state: 'open' } }),
  apply: (correctionId: string, note: string | null) => api.post<ResidentCorrection>(`/api/corrections/${id(correctionId)}/apply`, { note }),
  reject: (correctionId: string, note: string) => api.post<ResidentCorrection>(`/api/corrections/${id(correctionId)}/reject`, { note }),
};

export const erasures = {
  list: () => api.get<{ items: ErasureView[] }>('/api/erasures'),
  erase: (personId: string, input: ErasureInput) => api.post<ErasureView>(`/api/people/${id(personId)}/erasure`, input),
};

/** Residents' own erasure requests: erased through `erasures.erase`, or refused with a reason they read. */
export const erasureRequests = {
  open: () => api.get<{ items: StaffErasureRequest[] }>('/api/erasure-requests', { query: { state: 'open' } }),
  refuse: (requestId: string, note: string) => api.post<StaffErasureRequest>(`/api/erasure-requests/${id(requestId)}/refuse`, { note }),
};

export const legalHolds = {
  of: (personId: string) => api.get<{ items: HoldView[] }>(`/api/people/${id(personId)}/legal-holds`),
  place: (personId: string, reason: string) => api.post<HoldView>(`/api/people/${id(personId)}/legal-holds`, { reason }),
  lift: (holdId: string) => api.post<HoldView>(`/api/legal-holds/${id(holdId)}/lift`),
};

export const exports = {
  list: () => api.get<{ items: ExportView[] }>('/api/exports'),
  request: (input: ExportInput) => api.post<ExportView>('/api/exports', input),
  approve: (exportId: string, note: string | null) => api.post<ExportView>(`/api/exports/${id(exportId)}/approve`, { note }),
  refuse: (exportId: string, note: string) => api.post<ExportView>(`/api/exports/${id(exportId)}/refuse`, { note }),
  /** A plain link: the browser saves the CSV the server sends as an attachment. */
  downloadUrl: (exportId: string) => `/api/exports/${id(exportId)}/download`,
};
