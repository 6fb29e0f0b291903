import { useEffect, useState } from 'react';
import { ApiProblem, NetworkFailure } from '../../ui/api/problem.js';
import { portalApi } from '../api.js';
import { Field, TextField } from '../apply/fields.js';
import { useI18n } from '../i18n.js';
import { follow } from '../router.js';
import { ErasureSection } from './ErasureSection.js';
import { useRightsText, type RightsText } from './i18n.js';
import { correctionFields, purposeLabels, roleLabels } from './labels.js';

interface AccessEntry {
  at: string;
  role: string;
  office: { names: Record<string, string> } | null;
  purpose: string | null;
  kind: 'viewed' | 'changed' | 'exported';
}

interface Correction {
  id: string;
  field: string;
  requestedValue: string | null;
  comment: string | null;
  state: 'open' | 'applied' | 'rejected';
  resolutionNote: string | null;
}

/**
 * A resident's rights over their data: who looked at their file and why, a copy of everything
 * (to read, and for other programs), corrections with the office's answers, and erasure.
 */
export default function MyDataPage() {
  const { locale } = useI18n();
  const r = useRightsText(locale);
  return r ? <MyData r={r} /> : <p className="loading" aria-busy="true">…</p>;
}

function MyData({ r }: { r: RightsText }) {
  const { t, locale, dateTime } = useI18n();
  const [log, setLog] = useState<AccessEntry[] | null>(null);
  const [requests, setRequests] = useState<Correction[]>([]);
  const [signedOut, setSignedOut] = useState(false);
  const [field, setField] = useState('familyName');
  const [value, setValue] = useState('');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const [key, setKey] = useState(() => crypto.randomUUID());

  async function load() {
    try {
      const [access, mine] = await Promise.all([
        portalApi.get<{ items: AccessEntry[] }>('/api/portal/rights/access-log'),
        portalApi.get<{ items: Correction[] }>('/api/portal/rights/corrections'),
      ]);
      setLog(access.body.items);
      setRequests(mine.body.items);
    } catch (e) {
      if (e instanceof ApiProblem && e.problem.status === 401) setSignedOut(true);
      else setStatus(e instanceof NetworkFailure ? t('common.offline') : String(e));
    }
  }
  useEffect(() => void load(), []);

  async function ask() {
    setErrors({});
    try {
      const other = field === 'other';
      await portalApi.post('/api/portal/rights/corrections', { field, value: other ? null : value.trim() || null, comment: comment.trim() || null }, { idempotencyKey: key });
      setKey(crypto.randomUUID());
      setValue('');
      setComment('');
      setStatus(r('rights.correct.sent'));
      await load();
    } catch (e) {
      if (e instanceof NetworkFailure) setStatus(t('common.offline'));
      else if (e instanceof ApiProblem) {
        setErrors(Object.fromEntries(Object.entries(e.fieldErrors()).map(([p, m]) => [p.slice(1), m])));
        setStatus(e.problem.errors?.length ? t('common.fix') : e.problem.title);
      }
    }
  }

  if (signedOut) {
    return (
      <>
        <h1 tabIndex={-1}>{r('rights.title')}</h1>
        <p>{r('rights.needSession')}</p>
        <a href="/portal/follow" className="button" onClick={(e) => follow(e, '/portal/follow')}>
          {t('home.follow')}
        </a>
      </>
    );
  }
  const labelOf = (key: (typeof correctionFields)[number][1]) => (key ? t(key) : r('rights.correct.other'));
  const fieldLabel = (name: string) => labelOf(correctionFields.find(([f]) => f === name)?.[1] ?? null);
  return (
    <>
      <h1 tabIndex={-1}>{r('rights.title')}</h1>

      <h2>{r('rights.copy')}</h2>
      <p className="hint">{r('rights.copy.hint')}</p>
      <div className="actions">
        <a className="button" href={`/api/portal/rights/copy.pdf?lang=${locale}`} download>
          {r('rights.copy.pdf')}
        </a>
        <a className="button secondary" href="/api/portal/rights/copy.json" download>
          {r('rights.copy.json')}
        </a>
      </div>

      <h2>{r('rights.log')}</h2>
      <p className="hint">{r('rights.log.hint')}</p>
      {log && !log.length && <p>{r('rights.log.none')}</p>}
      <ol className="timeline">
        {(log ?? []).map((e, i) => (
          <li key={i}>
            <time dateTime={e.at}>{dateTime(e.at)}</time>
            {r('rights.log.line', { role: r(roleLabels[e.role] ?? 'role.system'), office: e.office?.names[locale] ?? 'none', kind: e.kind })}
            {'. '}
            {r('rights.log.purpose', { purpose: r(purposeLabels[e.purpose ?? ''] ?? 'purpose.none') })}
          </li>
        ))}
      </ol>

      <h2>{r('rights.correct')}</h2>
      <form noValidate onSubmit={(e) => { e.preventDefault(); void ask(); }}>
        <Field label={r('rights.correct.field')} error={errors.field}>
          {({ id }) => (
            <select id={id} value={field} onChange={(e) => setField(e.currentTarget.value)}>
              {correctionFields.map(([name, label]) => (
                <option key={name} value={name}>
                  {labelOf(label)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {field !== 'other' && <TextField label={r('rights.correct.value')} value={value} onChange={setValue} error={errors.value} />}
        <Field label={r(field === 'other' ? 'rights.correct.commentOther' : 'rights.correct.comment')} error={errors.comment}>
          {({ id, describedBy, invalid }) => (
            <textarea id={id} rows={3} value={comment} aria-describedby={describedBy} aria-invalid={invalid || undefined} onInput={(e) => setComment(e.currentTarget.value)} />
          )}
        </Field>
        <p className="status" role="status">
          {status}
        </p>
        <button type="submit">{r('rights.correct.send')}</button>
      </form>

      {requests.length > 0 && (
        <>
          <h2>{r('rights.requests')}</h2>
          <ul>
            {requests.map((c) => (
              <li key={c.id}>
                {r('rights.request.line', { field: fieldLabel(c.field), value: c.requestedValue ?? c.comment ?? '', state: c.state })}
                {c.resolutionNote && <q>{c.resolutionNote}</q>}
              </li>
            ))}
          </ul>
        </>
      )}

      <ErasureSection r={r} />
    </>
  );
}
