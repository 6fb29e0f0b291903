import '../../ui/zod-without-eval.js';
import { useState, type FormEvent } from 'react';
import { roles, worksInDistrict, type Role } from '../../../src/access/core/policy.js';
import { CreateUserRequest } from '../../../src/access/schemas.js';
import { users, type UserSecret } from '../../ui/api/accounts.js';
import { ApiProblem } from '../../ui/api/problem.js';
import { Field } from '../../ui/components/Field.js';
import { LocaleSelect } from '../../ui/components/LocaleSelect.js';
import { PlacePicker, type PlaceValue } from '../../ui/components/PlacePicker.js';
import { ProblemNotice } from '../../ui/components/ProblemNotice.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import type { Locale } from '../../ui/i18n/locales.js';
import { schemaErrors } from '../../ui/schema-errors.js';
import { officeName, roleLabel } from '../labels.js';
import { useOffices } from '../useReference.js';

const noDistrict: PlaceValue = { placeId: null, label: '' };

/**
 * A new staff account: who, which roles, which office or district; the server answers with its
 * one-time secret. The API's own schema checks the form before it is sent.
 */
export function CreateUserForm({ onCreated }: { onCreated(created: UserSecret): void }) {
  const { t, locale } = useI18n();
  const offices = useOffices();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [chosen, setChosen] = useState<Role[]>([]);
  const [officeId, setOfficeId] = useState('');
  const [district, setDistrict] = useState<PlaceValue>(noDistrict);
  const [language, setLanguage] = useState<Locale>(locale);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});

  async function submit(e: FormEvent) {
    e.preventDefault();
    const request = { username: username.trim(), displayName, email: email.trim() || null, roles: chosen, officeId: officeId || null, districtId: district.placeId, language };
    const invalid = schemaErrors(CreateUserRequest, request, locale);
    setLocalErrors(invalid);
    setError(undefined);
    if (Object.keys(invalid).length) return;
    setBusy(true);
    try {
      const created = (await users.create(request)).body;
      setUsername('');
      setDisplayName('');
      setEmail('');
      setChosen([]);
      setDistrict(noDistrict);
      onCreated(created);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const errors = error instanceof ApiProblem ? error.fieldErrors() : localErrors;
  const rolesError = errors['/roles'] ?? Object.entries(errors).find(([k]) => k.startsWith('/roles/'))?.[1];
  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="new-user-title">
      <h2 id="new-user-title">{t('staff.new')}</h2>
      {error && !Object.keys(errors).length ? <ProblemNotice error={error} /> : null}
      <div className="grid grid--2">
        <Field label={t('signIn.username')} required error={errors['/username']} hint={t('staff.username.hint')}>
          {(p) => <input {...p} autoComplete="off" value={username} onChange={(e) => setUsername(e.target.value)} />}
        </Field>
        <Field label={t('staff.displayName')} required error={errors['/displayName']}>
          {(p) => <input {...p} autoComplete="off" value={displayName} onChange={(e) => setDisplayName(e.target.value)} />}
        </Field>
        <Field label={t('person.email')} error={errors['/email']}>
          {(p) => <input {...p} type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Field>
        <Field label={t('staff.office')} error={errors['/officeId']} hint={t('staff.office.hint')}>
          {(p) => (
            <select {...p} value={officeId} onChange={(e) => setOfficeId(e.target.value)}>
              <option value="">{t('staff.office.none')}</option>
              {offices.map((o) => (
                <option key={o.id} value={o.id}>
                  {officeName(o, locale)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('staff.district')} required={chosen.some(worksInDistrict)} error={errors['/districtId']} hint={t('staff.district.hint')}>
          {(p) => <PlacePicker id={p.id} kind="district" value={district} onChange={setDistrict} invalid={Boolean(errors['/districtId'])} {...(p['aria-describedby'] ? { describedBy: p['aria-describedby'] } : {})} />}
        </Field>
        <Field label={t('staff.language')}>{(p) => <LocaleSelect {...p} value={language} onLocale={setLanguage} />}</Field>
      </div>
      <fieldset className={rolesError ? 'field field--invalid' : 'field'} aria-describedby={rolesError ? 'new-user-roles-error' : undefined}>
        <legend>{t('staff.roles')}</legend>
        {roles.map((r) => (
          <label key={r} className="check">
            <input
              type="checkbox"
              checked={chosen.includes(r)}
              onChange={(e) => setChosen(e.target.checked ? [...chosen, r] : chosen.filter((x) => x !== r))}
            />{' '}
            {t(roleLabel(r))}
          </label>
        ))}
        {rolesError ? (
          <div className="field__error" id="new-user-roles-error">
            {rolesError}
          </div>
        ) : null}
      </fieldset>
      <button type="submit" className="button button--primary" disabled={busy}>
        {t('staff.create')}
      </button>
    </form>
  );
}
