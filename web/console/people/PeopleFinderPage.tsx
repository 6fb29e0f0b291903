import { useState, type FormEvent } from 'react';
import { detectScript } from '../../../src/people/core/script.js';
import { matching, type PeopleSearchQuery, type PersonMatchList } from '../../ui/api/matching.js';
import { isProblem } from '../../ui/api/problem.js';
import { ScriptBadge } from '../../ui/components/Badges.js';
import { Field } from '../../ui/components/Field.js';
import { PlacePicker, type PlaceValue } from '../../ui/components/PlacePicker.js';
import { ProblemNotice } from '../../ui/components/ProblemNotice.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import type { MatchSide } from '../matching/fields.js';
import { PersonMatches } from '../matching/PersonMatches.js';
import { MergedRecords } from './MergedRecords.js';

const noPlace: PlaceValue = { placeId: null, label: '' };

/** The query's failing parameters, by name, to show each next to its field. */
function queryErrors(error: unknown): Record<string, string> {
  if (!isProblem(error)) return {};
  return Object.fromEntries((error.problem.errors ?? []).filter((e) => e.in === 'query').map((e) => [e.pointer.replace(/^\//, ''), e.message]));
}

/**
 * Search first, never browse: a name in any script, or a phone or document number, plus whatever
 * else is known (birth date or year, place of birth) narrows it down.
 */
export default function PeopleFinderPage() {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [place, setPlace] = useState<PlaceValue>(noPlace);
  const [phone, setPhone] = useState('');
  const [document, setDocument] = useState('');
  const [result, setResult] = useState<PersonMatchList>();
  const [error, setError] = useState<unknown>();
  const [missing, setMissing] = useState(false);
  const [version, setVersion] = useState(0);
  const [searched, setSearched] = useState<MatchSide>({});

  async function search(e?: FormEvent) {
    e?.preventDefault();
    const query: PeopleSearchQuery = {
      q: q.trim(),
      ...(birthDate.trim() ? { birthDate: birthDate.trim() } : {}),
      ...(place.placeId ? { placeId: place.placeId } : {}),
      ...(phone.trim() ? { phone: phone.trim() } : {}),
      ...(document.trim() ? { document: document.trim() } : {}),
    };
    setMissing(!query.q && !query.phone && !query.document);
    if (!query.q && !query.phone && !query.document) return;
    setError(undefined);
    try {
      setResult((await matching.searchPeople(query)).body);
      // What was asked, to show beside each result's values (free text has no field of its own).
      setSearched({ birthDate: query.birthDate, phone: query.phone, documentNumber: query.document });
      setVersion((v) => v + 1);
    } catch (err) {
      setError(err);
    }
  }

  const errors = queryErrors(error);
  const placed = Object.keys(errors).length > 0;
  return (
    <div>
      <h1>{t('people.title')}</h1>
      <p className="lead">{t('people.explain')}</p>
      <form role="search" className="filters" onSubmit={search} noValidate>
        <Field
          label={t('people.name')}
          error={missing ? t('people.needSomething') : errors.q}
          aside={q.trim() ? <ScriptBadge script={detectScript(q)} /> : null}
        >
          {(p) => <input {...p} autoFocus type="search" value={q} onChange={(e) => setQ(e.target.value)} />}
        </Field>
        <Field label={t('people.birthDate')} hint={t('people.birthDate.hint')} error={errors.birthDate}>
          {(p) => <input {...p} inputMode="numeric" value={birthDate} onChange={(e) => setBirthDate(e.target.value)} />}
        </Field>
        <Field label={t('person.birthPlace')} id="people-place">
          {(p) => <PlacePicker id={p.id} value={place} onChange={setPlace} />}
        </Field>
        <Field label={t('match.field.phone')} error={errors.phone}>
          {(p) => <input {...p} type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />}
        </Field>
        <Field label={t('person.document.number')} error={errors.document}>
          {(p) => <input {...p} value={document} onChange={(e) => setDocument(e.target.value)} />}
        </Field>
        <button type="submit" className="button button--primary">
          {t('people.search')}
        </button>
      </form>
      {placed ? null : <ProblemNotice error={error} />}
      <div aria-live="polite">
        {result === undefined ? null : result.items.length ? (
          <>
            <p>{t('people.found', { count: result.items.length })}</p>
            {result.refine ? <p className="field__hint">{t('people.refine')}</p> : null}
            <PersonMatches key={version} matches={result.items} ours={searched} />
            <MergedRecords people={result.items.map((m) => m.person)} onUnmerged={() => void search()} />
          </>
        ) : (
          <p>{t(result.refine ? 'people.tooWide' : 'people.none')}</p>
        )}
      </div>
    </div>
  );
}
