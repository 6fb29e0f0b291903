import { useState } from 'react';
import { ApiProblem, NetworkFailure } from '../../ui/api/problem.js';
import { useI18n, type PortalKey } from '../i18n.js';
import { navigate } from '../router.js';
import { finishDraft, loadDraft, saveDraft, type Draft } from './draft-store.js';
import { Field, PlaceField, TextField } from './fields.js';
import { resizePhoto } from '../../ui/resize-photo.js';
import { fieldOf, fieldStep, send } from './submit.js';

const steps: PortalKey[] = ['apply.notice.title', 'apply.person.title', 'apply.places.title', 'apply.contact.title', 'apply.documents.title', 'apply.review.title'];
const documentTypes = ['am-passport', 'am-id-card', 'nk-passport', 'ussr-passport', 'az-id-card', 'az-passport', 'certificate', 'other'] as const;
const maxPhotos = 4;

function freshDraft(language: Draft['language']): Draft {
  const id = crypto.randomUUID();
  return {
    id,
    key: `portal-${id}`,
    step: 0,
    noticeRead: false,
    wishesToReside: true,
    wishesCitizenship: false,
    givenName: '',
    patronymic: '',
    familyName: '',
    sex: '',
    birthDate: '',
    birthPlace: null,
    residence: null,
    phone: '',
    email: '',
    notifyBy: 'sms',
    language,
    documentType: '',
    documentNumber: '',
    photos: [],
    photosSent: 0,
  };
}

/** What must be there before moving on; the server checks everything again. */
function missing(d: Draft, step: number): string[] {
  const out: string[] = [];
  if (step === 0 && !d.noticeRead) out.push('noticeRead');
  if (step === 1) for (const f of ['givenName', 'familyName', 'birthDate'] as const) if (!d[f].trim()) out.push(f);
  if (step === 3 && !d.phone.trim() && !d.email.trim()) out.push('phone');
  return out;
}

/** Applying for registration in six short steps, saved on the phone after every keystroke. */
export default function ApplyPage() {
  const { t, locale } = useI18n();
  const [draft, setDraft] = useState<Draft>(() => loadDraft() ?? freshDraft(locale));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string>('');
  const [busy, setBusy] = useState(false);

  const update = (change: Partial<Draft>) =>
    setDraft((d) => {
      const next = { ...d, ...change };
      saveDraft(next);
      return next;
    });
  const set = <K extends keyof Draft>(key: K) => (value: Draft[K]) => update({ [key]: value } as Partial<Draft>);
  const goTo = (step: number) => {
    update({ step });
    setStatus('');
    requestAnimationFrame(() => document.querySelector<HTMLElement>('#main h1')?.focus());
  };

  function next() {
    const gaps = missing(draft, draft.step);
    setErrors(Object.fromEntries(gaps.map((f) => [f, t('common.required')])));
    if (gaps.length) return setStatus(t('common.fix'));
    goTo(draft.step + 1);
  }

  async function addPhotos(files: FileList | null) {
    const room = maxPhotos - draft.photos.length;
    const resized = await Promise.all([...(files ?? [])].slice(0, room).map((f) => resizePhoto(f)));
    update({ photos: [...draft.photos, ...resized] });
  }

  async function submit() {
    setBusy(true);
    setStatus(t('apply.sending'));
    try {
      const done = await send(draft, (d) => { saveDraft(d); setDraft(d); }, locale, (n) => setStatus(t('apply.photosSending', { done: n, total: draft.photos.length })));
      finishDraft(done.receipt!);
      navigate('/portal/receipt');
    } catch (e) {
      if (e instanceof NetworkFailure) setStatus(t('common.offline'));
      else if (e instanceof ApiProblem) {
        const found: Record<string, string> = {};
        for (const [pointer, message] of Object.entries(e.fieldErrors())) found[fieldOf(pointer)] ??= message;
        setErrors(found);
        const first = Math.min(...Object.keys(found).map((f) => fieldStep[f] ?? 5));
        setStatus(Object.keys(found).length ? t('common.fix') : e.problem.title);
        if (first < 5) goTo(first);
      } else setStatus(String(e));
    } finally {
      setBusy(false);
    }
  }

  const text = (key: 'givenName' | 'patronymic' | 'familyName' | 'phone' | 'email' | 'documentNumber', label: PortalKey, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField label={t(label)} value={draft[key]} onChange={set(key)} error={errors[key]} {...extra} />
  );
  const s = draft.step;

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (s < steps.length - 1) next();
        else void submit();
      }}
    >
      <h1 tabIndex={-1}>{t('apply.title')}</h1>
      <p className="step">{t('apply.step', { n: s + 1, total: steps.length, name: t(steps[s]!) })}</p>

      {s === 0 && (
        <fieldset>
          <legend>{t('apply.notice.title')}</legend>
          <p className="notice">{t('apply.notice.text')}</p>
          <Check label={t('apply.notice.read')} checked={draft.noticeRead} onChange={set('noticeRead')} error={errors.noticeRead} />
          <Check label={t('apply.declare.reside')} checked={draft.wishesToReside} onChange={set('wishesToReside')} />
          <Check label={t('apply.declare.citizenship')} checked={draft.wishesCitizenship} onChange={set('wishesCitizenship')} />
        </fieldset>
      )}
      {s === 1 && (
        <fieldset>
          <legend>{t('apply.person.title')}</legend>
          <p className="hint">{t('apply.names.hint')}</p>
          {text('givenName', 'field.givenName', { autoComplete: 'given-name' })}
          {text('patronymic', 'field.patronymic', { hint: t('common.optional') })}
          {text('familyName', 'field.familyName', { autoComplete: 'family-name' })}
          <Field label={t('field.sex')}>
            {({ id }) => (
              <select id={id} value={draft.sex} onChange={(e) => set('sex')(e.currentTarget.value as Draft['sex'])}>
                {(['', 'female', 'male', 'other'] as const).map((v) => (
                  <option key={v} value={v}>
                    {t(v ? `sex.${v}` : 'sex.unset')}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <TextField label={t('field.birthDate')} type="date" value={draft.birthDate} onChange={set('birthDate')} error={errors.birthDate} autoComplete="bday" />
        </fieldset>
      )}
      {s === 2 && (
        <fieldset>
          <legend>{t('apply.places.title')}</legend>
          <PlaceField label={t('field.birthPlace')} value={draft.birthPlace} onChange={set('birthPlace')} />
          <PlaceField label={t('field.residence')} value={draft.residence} onChange={set('residence')} />
        </fieldset>
      )}
      {s === 3 && (
        <fieldset>
          <legend>{t('apply.contact.title')}</legend>
          <p className="hint">{t('apply.contact.hint')}</p>
          {text('phone', 'field.phone', { type: 'tel', inputMode: 'tel', autoComplete: 'tel' })}
          {text('email', 'field.email', { type: 'email', inputMode: 'email', autoComplete: 'email' })}
          <Choice label={t('field.notifyBy')} value={draft.notifyBy} options={[['sms', t('notify.sms')], ['email', t('notify.email')]]} onChange={set('notifyBy')} />
        </fieldset>
      )}
      {s === 4 && (
        <fieldset>
          <legend>{t('apply.documents.title')}</legend>
          <Field label={t('field.documentType')}>
            {({ id }) => (
              <select id={id} value={draft.documentType} onChange={(e) => set('documentType')(e.currentTarget.value)}>
                <option value="">{t('doc.none')}</option>
                {documentTypes.map((d) => (
                  <option key={d} value={d}>
                    {t(`doc.${d}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {draft.documentType && text('documentNumber', 'field.documentNumber')}
          <Field label={t('apply.photos')} hint={t('apply.photos.hint')}>
            {({ id, describedBy }) => (
              <input id={id} type="file" accept="image/*" capture="environment" multiple aria-describedby={describedBy} disabled={draft.photos.length >= maxPhotos} onChange={(e) => void addPhotos(e.currentTarget.files)} />
            )}
          </Field>
          <p aria-live="polite">{t('apply.photos.count', { count: draft.photos.length })}</p>
          <ul className="photos">
            {draft.photos.map((p, i) => (
              <li key={i}>
                <img src={p} alt="" width={96} />
                <button type="button" className="plain" onClick={() => update({ photos: draft.photos.filter((_, j) => j !== i) })}>
                  {t('apply.photos.remove', { n: i + 1 })}
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      {s === 5 && <Review draft={draft} />}

      <p className="status" role="status">
        {status || t('common.saved')}
      </p>
      <div className="actions">
        {s > 0 && (
          <button type="button" className="secondary" onClick={() => goTo(s - 1)} disabled={busy}>
            {t('common.back')}
          </button>
        )}
        <button type="submit" disabled={busy}>
          {s < steps.length - 1 ? t('common.next') : t('apply.send')}
        </button>
      </div>
    </form>
  );
}

function Check({ label, checked, onChange, error }: { label: string; checked: boolean; onChange(v: boolean): void; error?: string | undefined }) {
  return (
    <div className={error ? 'check invalid' : 'check'}>
      <label>
        <input type="checkbox" checked={checked} aria-invalid={error ? true : undefined} onChange={(e) => onChange(e.currentTarget.checked)} /> {label}
      </label>
      {error && <p className="error">{error}</p>}
    </div>
  );
}

function Choice<V extends string>({ label, value, options, onChange }: { label: string; value: V; options: [V, string][]; onChange(v: V): void }) {
  return (
    <fieldset className="choice">
      <legend>{label}</legend>
      {options.map(([v, text]) => (
        <label key={v}>
          <input type="radio" name={label} checked={value === v} onChange={() => onChange(v)} /> {text}
        </label>
      ))}
    </fieldset>
  );
}

function Review({ draft: d }: { draft: Draft }) {
  const { t, partialDate } = useI18n();
  const rows: [PortalKey, string][] = [
    ['field.givenName', d.givenName],
    ['field.patronymic', d.patronymic],
    ['field.familyName', d.familyName],
    ['field.birthDate', partialDate(d.birthDate)],
    ['field.birthPlace', d.birthPlace?.label ?? ''],
    ['field.residence', d.residence?.label ?? ''],
    ['field.phone', d.phone],
    ['field.email', d.email],
    ['field.documentNumber', d.documentNumber],
    ['apply.photos', t('apply.photos.count', { count: d.photos.length })],
  ];
  return (
    <dl className="review">
      {rows
        .filter(([, v]) => v)
        .map(([k, v]) => (
          <div key={k}>
            <dt>{t(k)}</dt>
            <dd>{v}</dd>
          </div>
        ))}
    </dl>
  );
}
