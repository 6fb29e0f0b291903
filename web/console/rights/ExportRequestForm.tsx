import { useState, type FormEvent } from 'react';
import { purposesOf, sectionsOf, type Purpose } from '../../../src/access/core/policy.js';
import { exportColumns, type ExportColumn } from '../../../src/rights/core/export-columns.js';
import { ApiProblem } from '../../ui/api/problem.js';
import { exports, type ExportView } from '../../ui/api/rights.js';
import { Field } from '../../ui/components/Field.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { useSession } from '../session.js';
import { exportColumnLabel, purposeLabel } from './labels.js';
import { RightsProblem } from './RightsProblem.js';

/**
 * Asks for a file of personal data for a partner. Only the allow-list's columns from sections the
 * user sees are offered, and only the user's own purposes: the server refuses the others anyway.
 */
export function ExportRequestForm({ onRequested }: { onRequested(view: ExportView): void }) {
  const { t } = useI18n();
  const { user } = useSession();
  const seen = new Set(user.roles.flatMap((r) => sectionsOf(r)));
  const offered = (Object.keys(exportColumns) as ExportColumn[]).filter((c) => seen.has(exportColumns[c]));
  const purposes = [...new Set(user.roles.flatMap((r) => purposesOf(r)))];

  const [recipient, setRecipient] = useState('');
  const [purpose, setPurpose] = useState<Purpose | ''>('');
  const [columns, setColumns] = useState<ExportColumn[]>([]);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [days, setDays] = useState('7');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const toggle = (c: ExportColumn, on: boolean) => setColumns((cs) => (on ? offered.filter((o) => o === c || cs.includes(o)) : cs.filter((o) => o !== c)));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMissing(!purpose);
    if (!purpose) return;
    setBusy(true);
    setError(undefined);
    try {
      const filter = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
      const res = await exports.request({ recipient: recipient.trim(), purpose, columns, filter, days: Number(days) });
      setRecipient('');
      setColumns([]);
      onRequested(res.body);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const fieldErrors = error instanceof ApiProblem ? error.fieldErrors() : {};
  const columnsError = Object.entries(fieldErrors).find(([pointer]) => pointer.startsWith('/columns'))?.[1];
  return (
    <section className="stack" aria-labelledby="export-request-title">
      <h2 id="export-request-title">{t('exports.request.title')}</h2>
      <p>{t('exports.request.explain')}</p>
      {error && !Object.keys(fieldErrors).length ? <RightsProblem error={error} /> : null}
      <form className="stack" onSubmit={submit} noValidate>
        <Field label={t('exports.recipient')} hint={t('exports.recipient.hint')} required error={fieldErrors['/recipient']}>
          {(p) => <input {...p} value={recipient} onChange={(e) => setRecipient(e.target.value)} />}
        </Field>
        <Field label={t('exports.purpose')} required error={missing ? t('exports.purposeNeeded') : fieldErrors['/purpose']}>
          {(p) => (
            <select {...p} value={purpose} onChange={(e) => setPurpose(e.target.value as Purpose | '')}>
              <option value="">{t('common.choose')}</option>
              {purposes.map((x) => (
                <option key={x} value={x}>
                  {t(purposeLabel[x])}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className={columnsError ? 'field field--invalid' : 'field'} aria-describedby={columnsError ? 'export-columns-error' : undefined}>
          <legend>{t('exports.columns')}</legend>
          <div className="grid grid--3">
            {offered.map((c) => (
              <label key={c} className="check">
                <input type="checkbox" checked={columns.includes(c)} onChange={(e) => toggle(c, e.target.checked)} /> {t(exportColumnLabel[c])}
              </label>
            ))}
          </div>
          {columnsError ? (
            <div className="field__error" id="export-columns-error">
              {columnsError}
            </div>
          ) : null}
        </fieldset>
        <div className="grid grid--3">
          <Field label={t('exports.from')} error={fieldErrors['/filter/from']}>
            {(p) => <input {...p} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />}
          </Field>
          <Field label={t('exports.to')} error={fieldErrors['/filter/to']}>
            {(p) => <input {...p} type="date" value={to} onChange={(e) => setTo(e.target.value)} />}
          </Field>
          <Field label={t('exports.days')} hint={t('exports.days.hint')} required error={fieldErrors['/days']}>
            {(p) => <input {...p} type="number" min={1} max={30} value={days} onChange={(e) => setDays(e.target.value)} />}
          </Field>
        </div>
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('exports.request.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
