import { useEffect, useState } from 'react';
import { PersonInput } from '../../../src/people/schemas.js';
import { matching, type Availability, type PersonMatch } from '../../ui/api/matching.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { NotAvailableYet } from '../matching/NotAvailableYet.js';
import { PersonMatches } from '../matching/PersonMatches.js';
import type { ApplicationCreate } from '../../ui/api/types.js';

/**
 * Only what is already complete goes to the search: a phone or a birth year half typed would be
 * refused by the API's schema (the same one the form validates with), and says nothing yet.
 */
function completeFields(fields: Record<string, unknown>): Record<string, unknown> {
  const shape = PersonInput.shape as Record<string, { safeParse(v: unknown): { success: boolean } }>;
  return Object.fromEntries(Object.entries(fields).filter(([name, value]) => shape[name]?.safeParse(value).success));
}

/**
 * Duplicate candidates for the applicant being typed, refreshed 50 ms after the last keystroke in
 * the identifying fields, so the registrar sees a possible earlier registration before saving.
 */
export function IntakeCandidates({ applicant }: { applicant: ApplicationCreate['applicant'] }) {
  const { t } = useI18n();
  const [result, setResult] = useState<Availability<{ items: PersonMatch[] }>>();
  const probe = completeFields({
    givenName: applicant.givenName,
    familyName: applicant.familyName,
    patronymic: applicant.patronymic,
    birthDate: applicant.birthDate,
    phones: applicant.phones,
    documents: applicant.documents,
  });
  const key = JSON.stringify(probe);
  const enough = applicant.familyName.length > 0 && applicant.givenName.length > 0;

  useEffect(() => {
    if (!enough) return;
    const abort = new AbortController();
    const timer = setTimeout(() => {
      matching.candidatesFor(JSON.parse(key), abort.signal).then(setResult, () => undefined);
    }, 50);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [key, enough]);

  return (
    <aside className="card candidates" aria-labelledby="candidates-title" aria-live="polite">
      <h2 id="candidates-title">{t('intake.candidates')}</h2>
      {!enough ? (
        <p>{t('intake.candidates.typeName')}</p>
      ) : result === undefined ? (
        <p>{t('common.loading')}</p>
      ) : !result.available ? (
        <NotAvailableYet />
      ) : result.value.items.length === 0 ? (
        <p>{t('intake.candidates.none')}</p>
      ) : (
        <PersonMatches matches={result.value.items} />
      )}
    </aside>
  );
}
