import { useEffect, useState, type FormEvent } from 'react';
import { erasures, type ErasureView } from '../../ui/api/rights.js';
import { Field } from '../../ui/components/Field.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { navigate } from '../../ui/router.js';
import { ErasureRequests } from './ErasureRequests.js';
import { erasureReasonLabel, erasureStageLabel } from './labels.js';
import { RightsProblem } from './RightsProblem.js';

/**
 * The data-protection officer's erasures, residents' requests for one, and the way to a person's rights page. The officer sees
 * no personal data, so a person is opened by the id the office gives with the resident's request.
 */
export default function ErasuresPage() {
  const { t, dateTime, number } = useI18n();
  const [items, setItems] = useState<ErasureView[]>();
  const [error, setError] = useState<unknown>();
  const [personId, setPersonId] = useState('');

  useEffect(() => {
    erasures.list().then((r) => setItems(r.body.items), setError);
  }, []);

  function openPerson(e: FormEvent) {
    e.preventDefault();
    const id = personId.trim();
    if (id) navigate(`/rights/people/${encodeURIComponent(id)}`);
  }

  return (
    <div className="stack">
      <h1>{t('nav.erasures')}</h1>
      <form className="filters" onSubmit={openPerson}>
        <Field label={t('erasures.personId')} hint={t('erasures.personId.hint')} required>
          {(p) => <input {...p} value={personId} onChange={(e) => setPersonId(e.target.value)} autoComplete="off" spellCheck={false} />}
        </Field>
        <button type="submit" className="button button--primary">
          {t('erasures.openPerson')}
        </button>
      </form>
      <ErasureRequests />
      <h2>{t('erasures.list')}</h2>
      <RightsProblem error={error} />
      {items === undefined ? (
        error ? null : <p className="loading">{t('common.loading')}</p>
      ) : items.length === 0 ? (
        <p>{t('erasures.none')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('erasures.when')}</th>
              <th scope="col">{t('erasures.reason')}</th>
              <th scope="col">{t('erasures.note')}</th>
              <th scope="col">{t('erasures.people')}</th>
              <th scope="col">{t('erasures.applications')}</th>
              <th scope="col">{t('erasures.stage')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((e) => (
              <tr key={e.id}>
                <td>{dateTime(e.createdAt)}</td>
                <td>{t(erasureReasonLabel[e.reason])}</td>
                <td>{e.note ?? ''}</td>
                <td className="num">{number(e.people)}</td>
                <td className="num">{number(e.applications)}</td>
                <td>
                  {t(erasureStageLabel[e.stage])}
                  {e.finishedAt ? <div className="muted">{dateTime(e.finishedAt)}</div> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
