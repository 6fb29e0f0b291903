import { useEffect, useState, type FormEvent } from 'react';
import { ApiProblem } from '../../ui/api/problem.js';
import { legalHolds, type HoldView } from '../../ui/api/rights.js';
import { Field } from '../../ui/components/Field.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { RightsProblem } from './RightsProblem.js';

/** A person's legal holds: placed with a reason (a case number), listed with lifted ones, lifted. */
export function LegalHolds({ personId }: { personId: string }) {
  const { t, dateTime } = useI18n();
  const [items, setItems] = useState<HoldView[]>();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const load = () => legalHolds.of(personId).then((r) => setItems(r.body.items), setError);
  useEffect(() => {
    void load();
  }, [personId]);

  async function act(call: () => Promise<unknown>) {
    setBusy(true);
    setError(undefined);
    try {
      await call();
      await load();
      return true;
    } catch (err) {
      setError(err);
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function place(e: FormEvent) {
    e.preventDefault();
    if (await act(() => legalHolds.place(personId, reason.trim()))) setReason('');
  }

  const fieldErrors = error instanceof ApiProblem ? error.fieldErrors() : {};
  return (
    <section className="stack" aria-labelledby="holds-title">
      <h2 id="holds-title">{t('holds.title')}</h2>
      <p>{t('holds.explain')}</p>
      {error && !Object.keys(fieldErrors).length ? <RightsProblem error={error} /> : null}
      {items === undefined ? null : items.length === 0 ? (
        <p>{t('holds.none')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('holds.reason')}</th>
              <th scope="col">{t('holds.placedAt')}</th>
              <th scope="col">{t('holds.state')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((h) => (
              <tr key={h.id}>
                <td>{h.reason}</td>
                <td>{dateTime(h.placedAt)}</td>
                <td>
                  {h.liftedAt ? (
                    t('holds.liftedAt', { at: dateTime(h.liftedAt) })
                  ) : (
                    <button type="button" className="button" disabled={busy} onClick={() => void act(() => legalHolds.lift(h.id))}>
                      {t('holds.lift')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="stack" onSubmit={place} noValidate>
        <Field label={t('holds.newReason')} hint={t('holds.newReason.hint')} required error={fieldErrors['/reason']}>
          {(p) => <textarea {...p} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {t('holds.place')}
          </button>
        </div>
      </form>
    </section>
  );
}
