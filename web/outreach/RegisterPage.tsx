import { useEffect, useState } from 'react';
import type { Session } from './session.js';
import { references } from './device/device.js';
import { likelyDuplicate } from './device/hints.js';
import { saveRegistration } from './device/outbox.js';
import type { TakenPhoto } from './device/photos.js';
import { useI18n, type OutreachKey } from './i18n.js';
import { PhotoPicker } from './PhotoPicker.js';

const relationships = ['spouse', 'child', 'parent', 'sibling', 'grandparent', 'grandchild', 'other-relative', 'other'] as const;
const needKeys = ['livesAlone', 'chronicIllness', 'needsSurgery', 'disability'] as const;
const datePattern = /^\d{4}(-\d{2}(-\d{2})?)?$/;

interface Member {
  givenName: string;
  familyName: string;
  birthDate: string;
  relationship: (typeof relationships)[number];
}

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

function person(form: FormData, language: string) {
  const phone = text(form, 'phone');
  const residence = text(form, 'residence');
  return {
    givenName: text(form, 'givenName'),
    patronymic: text(form, 'patronymic') || null,
    familyName: text(form, 'familyName'),
    sex: text(form, 'sex') || null,
    birthDate: text(form, 'birthDate'),
    residence: residence ? { text: residence } : null,
    phones: phone ? [phone] : [],
    language,
  };
}

/** Registering a resident (and household) offline: saved durably on the device with a reference it was given beforehand. */
export function RegisterPage({ session, onSaved }: { session: Session; onSaved(): void }) {
  const { t, locale } = useI18n();
  const [left, setLeft] = useState<number | null>(null);
  const [members, setMembers] = useState<Member[]>([]);
  const [photos, setPhotos] = useState<TakenPhoto[]>([]);
  const [error, setError] = useState<OutreachKey | null>(null);
  const [duplicate, setDuplicate] = useState(false);
  const [receipt, setReceipt] = useState<{ reference: string; name: string } | null>(null);

  useEffect(() => void references().then((r) => setLeft(r.length)), [receipt]);

  async function hint(form: HTMLFormElement) {
    const data = new FormData(form);
    const [givenName, familyName, birthDate] = [text(data, 'givenName'), text(data, 'familyName'), text(data, 'birthDate')];
    setDuplicate(givenName && familyName ? await likelyDuplicate({ givenName, familyName, birthDate, patronymic: text(data, 'patronymic') || undefined }) : false);
  }

  async function save(form: FormData) {
    const applicant = person(form, locale);
    if (!applicant.givenName || !applicant.familyName || !datePattern.test(applicant.birthDate)) return setError('register.required');
    const household = members.filter((m) => m.givenName && m.familyName && datePattern.test(m.birthDate)).map((m) => ({ ...m, language: locale }));
    const [reference] = await references();
    if (!reference) return setError('register.noReferences');
    const data = {
      applicationId: crypto.randomUUID(),
      reference,
      applicant,
      household,
      needs: Object.fromEntries(needKeys.map((k) => [k, form.get(k) === 'on'])),
      declarations: { wishesToReside: form.get('reside') === 'on', wishesCitizenship: form.get('citizenship') === 'on' },
      informationNotice: { version: '2026-01', language: locale, mode: 'spoken' },
    };
    const name = `${applicant.givenName} ${applicant.familyName}`;
    await saveRegistration(session.key, crypto.randomUUID(), reference, data, name, photos);
    setError(null);
    setMembers([]);
    setPhotos([]);
    setDuplicate(false);
    setReceipt({ reference, name });
    onSaved();
  }

  if (receipt) {
    return (
      <section className="card receipt">
        <h1>{t('receipt.title')}</h1>
        <p>{receipt.name}</p>
        <p>
          {t('receipt.reference')}: <strong data-reference>{receipt.reference}</strong>
        </p>
        <p role="status">{t('receipt.saved')}</p>
        <p>{t('receipt.note')}</p>
        <button type="button" onClick={() => setReceipt(null)}>
          {t('receipt.next')}
        </button>
      </section>
    );
  }

  const member = (i: number, patch: Partial<Member>) => setMembers(members.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  return (
    <form
      className="card"
      onSubmit={(e) => {
        e.preventDefault();
        void save(new FormData(e.currentTarget));
      }}
      onBlur={(e) => void hint(e.currentTarget)}
    >
      <h1>{t('register.title')}</h1>
      {left !== null && <p>{t('references.left', { count: left })}</p>}
      {(['givenName', 'patronymic', 'familyName', 'birthDate', 'phone', 'residence'] as const).map((f) => (
        <label key={f}>
          {t(`field.${f}`)}
          <input name={f} autoComplete="off" />
        </label>
      ))}
      <label>
        {t('field.sex')}
        <select name="sex">
          <option value="">{t('sex.unset')}</option>
          {(['female', 'male', 'other'] as const).map((s) => (
            <option key={s} value={s}>
              {t(`sex.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {duplicate && <p role="alert">{t('register.duplicate')}</p>}
      <fieldset>
        <legend>{t('needs.title')}</legend>
        {needKeys.map((k) => (
          <label key={k}>
            <input type="checkbox" name={k} /> {t(`needs.${k}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('household.title')}</legend>
        {members.map((m, i) => (
          <div key={i} className="member">
            <label>
              {t('field.givenName')}
              <input autoComplete="off" value={m.givenName} onInput={(e) => member(i, { givenName: e.currentTarget.value })} />
            </label>
            <label>
              {t('field.familyName')}
              <input autoComplete="off" value={m.familyName} onInput={(e) => member(i, { familyName: e.currentTarget.value })} />
            </label>
            <label>
              {t('field.birthDate')}
              <input autoComplete="off" value={m.birthDate} onInput={(e) => member(i, { birthDate: e.currentTarget.value })} />
            </label>
            <label>
              {t('field.relationship')}
              <select value={m.relationship} onChange={(e) => member(i, { relationship: e.currentTarget.value as Member['relationship'] })}>
                {relationships.map((r) => (
                  <option key={r} value={r}>
                    {t(`relationship.${r}`)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={() => setMembers(members.filter((_, j) => j !== i))}>
              {t('household.remove')}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => setMembers([...members, { givenName: '', familyName: '', birthDate: '', relationship: 'spouse' }])}>
          {t('household.add')}
        </button>
      </fieldset>
      <PhotoPicker photos={photos} onChange={setPhotos} />
      <label>
        <input type="checkbox" name="reside" defaultChecked /> {t('declare.reside')}
      </label>
      <label>
        <input type="checkbox" name="citizenship" defaultChecked /> {t('declare.citizenship')}
      </label>
      {error && <p role="alert">{t(error)}</p>}
      <button type="submit">{t('register.save')}</button>
    </form>
  );
}
