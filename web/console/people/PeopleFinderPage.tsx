import { useState, type FormEvent } from 'react';
import { detectScript } from '../../../src/people/core/script.js';
import { matching, type Availability, type PersonMatch } from '../../ui/api/matching.js';
import { ScriptBadge } from '../../ui/components/Badges.js';
import { Field } from '../../ui/components/Field.js';
import { ProblemNotice } from '../../ui/components/ProblemNotice.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { NotAvailableYet } from '../matching/NotAvailableYet.js';
import { PersonMatches } from '../matching/PersonMatches.js';

/** Search first, never browse: a name in any script plus whatever else is known narrows it down. */
export default function PeopleFinderPage() {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [phone, setPhone] = useState('');
  const [document, setDocument] = useState('');
  const [result, setResult] = useState<Availability<{ items: PersonMatch[] }>>();
  const [error, setError] = useState<unknown>();

  async function search(e: FormEvent) {
    e.preventDefault();
    if (!q.trim()) return;
    setError(undefined);
    try {
      setResult(
        await matching.searchPeople({
          q: q.trim(),
          ...(birthDate.trim() ? { birthDate: birthDate.trim() } : {}),
          ...(phone.trim() ? { phone: phone.trim() } : {}),
          ...(document.trim() ? { document: document.trim() } : {}),
        }),
      );
    } catch (err) {
      setError(err);
    }
  }

  return (
    <div>
      <h1>{t('people.title')}</h1>
      <p className="lead">{t('people.explain')}</p>
      <form role="search" className="filters" onSubmit={search}>
        <Field label={t('people.name')} required aside={q.trim() ? <ScriptBadge script={detectScript(q)} /> : null}>
          {(p) => <input {...p} autoFocus type="search" value={q} onChange={(e) => setQ(e.target.value)} />}
        </Field>
        <Field label={t('people.birthDate')} hint={t('people.birthDate.hint')}>
          {(p) => <input {...p} inputMode="numeric" value={birthDate} onChange={(e) => setBirthDate(e.target.value)} />}
        </Field>
        <Field label={t('person.phones')}>{(p) => <input {...p} type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />}</Field>
        <Field label={t('person.document.number')}>{(p) => <input {...p} value={document} onChange={(e) => setDocument(e.target.value)} />}</Field>
        <button type="submit" className="button button--primary">
          {t('people.search')}
        </button>
      </form>
      <ProblemNotice error={error} />
      <div aria-live="polite">
        {result === undefined ? null : !result.available ? (
          <NotAvailableYet />
        ) : result.value.items.length ? (
          <PersonMatches matches={result.value.items} />
        ) : (
          <p>{t('people.none')}</p>
        )}
      </div>
    </div>
  );
}
