/**
 * How long a closed application is kept after its last action, by the state it closed in.
 * These are the lifecycle's final states: nothing follows them, so "after the last action" is
 * well defined. An approved application waits for its documents and is not closed.
 */
export const retentionKinds = ['rejected', 'withdrawn', 'documents-issued'] as const;
export type RetentionKind = (typeof retentionKinds)[number];
export type RetentionYears = Record<RetentionKind, number>;

/**
 * Defaults, to be set by law and the data-protection officer (HOMEWARD_RETENTION_YEARS): a
 * refusal or a withdrawal may need to be shown for some years (appeals, a new application); a
 * registration that led to documents is the registry itself and stays for a lifetime.
 */
export const defaultRetentionYears: RetentionYears = { rejected: 5, withdrawn: 5, 'documents-issued': 75 };

/**
 * Parses "rejected=5,withdrawn=3" (years; decimals allowed); kinds not named keep their default.
 * Returns an error message naming what is wrong, for the configuration's problem report.
 */
export function parseRetentionYears(text: string): RetentionYears | string {
  const out = { ...defaultRetentionYears };
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [kind, value] = part.split('=').map((p) => p.trim());
    if (!(retentionKinds as readonly string[]).includes(kind ?? '')) return `unknown kind "${kind}" (one of ${retentionKinds.join(', ')})`;
    const years = Number(value);
    if (!value || !Number.isFinite(years) || years <= 0) return `"${kind}" needs a number of years above 0`;
    out[kind as RetentionKind] = years;
  }
  return out;
}

/** For each kind, the moment before which a last action makes an application due (ISO). */
export function retentionCutoffs(now: Date, years: RetentionYears): Record<RetentionKind, string> {
  const yearMs = 365.2425 * 24 * 3600 * 1000;
  return Object.fromEntries(retentionKinds.map((k) => [k, new Date(now.getTime() - years[k] * yearMs).toISOString()])) as Record<RetentionKind, string>;
}
