import { useEffect, useState } from 'react';
import { PersonInput } from '../../../src/people/schemas.js';
import { matching, type CandidateProbe, type PersonMatchList } from '../../ui/api/matching.js';
import { ProblemNotice } from '../../ui/components/ProblemNotice.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import type { ApplicationCreate } from '../../ui/api/types.js';
import { sideOfProbe } from '../matching/fields.js';
import { PersonMatches } from '../matching/PersonMatches.js';

/** Long enough to skip the keystrokes of a fast typist, short enough to feel immediate (issue 5: ≤150 ms). */
const debounceMs = 50;

/**
 * Only what is already complete goes to the search: a phone or a birth year half typed would be
 * refused by the API's schema (the same one the form validates with), and says nothing yet.
 */
function completeFields(fields: Record<string, unknown>): CandidateProbe {
  const shape = PersonInput.shape as Record<string, { safeParse(v: unknown): { success: boolean } }>;
  return Object.fromEntries(Object.entries(fields).filter(([name, value]) => shape[name]?.safeParse(value).success));
}

/** What of the applicant identifies them (the first phone and document are enough to match on). */
function probeOf(a: ApplicationCreate['applicant']): CandidateProbe {
  return completeFields({
    givenName: a.givenName,
    familyName: a.familyName,
    patronymic: a.patronymic,
    sex: a.sex,
    birthDate: a.birthDate,
    birthPlace: a.birthPlace?.placeId ? { placeId: a.birthPlace.placeId, text: null } : null,
    phones: a.phones.map((p) => p.trim()).filter(Boolean).slice(0, 1),
    documents: a.documents.filter((d) => d.number.trim()).slice(0, 1),
  });
}

/**
 * Duplicate candidates for the applicant being typed, asked for 50 ms after the last keystroke in
 * an identifying field (an older answer is cancelled), so the registrar sees a possible earlier
 * registration before saving.
 */
export function IntakeCandidates({ applicant }: { applicant: ApplicationCreate['applicant'] }) {
  const { t } = useI18n();
  const [result, setResult] = useState<{ key: string; list: PersonMatchList }>();
  const [error, setError] = useState<unknown>();
  const probe = probeOf(applicant);
  const key = JSON.stringify(probe);
  const enough = Boolean(probe.familyName || probe.givenName || probe.phones?.length || probe.documents?.length);

  useEffect(() => {
    if (!enough) return;
    const abort = new AbortController();
    const timer = setTimeout(() => {
      matching.candidatesFor(JSON.parse(key) as CandidateProbe, abort.signal).then(
        (r) => {
          setError(undefined);
          setResult({ key, list: r.body });
        },
        (e: unknown) => {
          if ((e as Error).name !== 'AbortError') setError(e);
        },
      );
    }, debounceMs);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [key, enough]);

  const items = result?.list.items ?? [];
  return (
    <aside className="card candidates" aria-labelledby="candidates-title" aria-busy={enough && result?.key !== key}>
      <h2 id="candidates-title">{t('intake.candidates')}</h2>
      <ProblemNotice error={error} />
      <div aria-live="polite">
        {!enough ? (
          <p>{t('intake.candidates.typeName')}</p>
        ) : result === undefined ? (
          <p>{t('common.loading')}</p>
        ) : items.length === 0 ? (
          <p>{t('intake.candidates.none')}</p>
        ) : (
          <>
            <p className="candidates__count">{t('intake.candidates.count', { count: items.length })}</p>
            <PersonMatches matches={items} ours={sideOfProbe(probe)} />
          </>
        )}
      </div>
    </aside>
  );
}
