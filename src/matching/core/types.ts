/** The record the matching core compares; the store maps its own rows onto it. */
export type Sex = 'male' | 'female' | 'other';

export interface MatchRecord {
  id: string;
  givenName?: string;
  patronymic?: string;
  familyName?: string;
  sex?: Sex;
  /** 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD'; anything else counts as missing. */
  birthDate?: string;
  /** A gazetteer place id, or free text in any script. */
  birthPlace?: string;
  /** E.164. */
  phone?: string;
  documentNumber?: string;
  /**
   * Carried for the caller; never compared: relatives share a household, so agreeing on it says
   * nothing about being the same person (the guards tell relatives apart by their names and dates).
   */
  householdId?: string;
  /** Further fields compared generically (exact / close / disagree), e.g. FEBRL's address. */
  extra?: Record<string, string>;
}

/** Progress of a long operation, for a CLI progress bar. */
export interface Progress {
  phase: 'prepare' | 'block' | 'compare' | 'estimate' | 'score' | 'cluster';
  done: number;
  total: number;
}

export type ProgressCallback = (progress: Progress) => void;
