import { sexes } from '../../../src/people/schemas.js';
import { Field } from '../../ui/components/Field.js';
import { LocaleSelect } from '../../ui/components/LocaleSelect.js';
import { PlacePicker } from '../../ui/components/PlacePicker.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { sexLabel } from '../labels.js';
import { DocumentFields, PhoneFields } from './ContactFields.js';
import type { PersonDraft } from './draft.js';
import { NameField } from './NameField.js';
import { PartialDateInput } from './PartialDateInput.js';
import { errorAt, fieldId } from './validate.js';

export interface PersonFieldsProps {
  value: PersonDraft;
  /** Where this person sits in the request: /applicant or /household/2. */
  pointer: string;
  errors: Record<string, string>;
  onChange(patch: Partial<PersonDraft>): void;
  onTouch(pointer: string): void;
  autoFocus?: boolean;
  /** Household members are told through the applicant; only the applicant's contact is asked. */
  withContact: boolean;
}

/** One person's details in the order a registrar reads them off a document. */
export function PersonFields({ value, pointer, errors, onChange, onTouch, autoFocus, withContact }: PersonFieldsProps) {
  const { t } = useI18n();
  const name = (key: 'givenName' | 'patronymic' | 'familyName', label: string, required: boolean, focus?: boolean) => (
    <NameField
      label={label}
      pointer={`${pointer}/${key}`}
      value={value[key]}
      error={errors[`${pointer}/${key}`]}
      required={required}
      autoFocus={focus ?? false}
      onChange={(v) => onChange({ [key]: v })}
      onBlur={() => onTouch(`${pointer}/${key}`)}
    />
  );
  const place = (key: 'birthPlace' | 'residence', label: string) => {
    const at = `${pointer}/${key}`;
    const error = errorAt(errors, at);
    return (
      <div className={error ? 'field field--invalid' : 'field'}>
        <label htmlFor={fieldId(at)}>{label}</label>
        <PlacePicker
          id={fieldId(at)}
          value={value[key]}
          onChange={(v) => onChange({ [key]: v })}
          onBlur={() => onTouch(at)}
          invalid={Boolean(error)}
          {...(error ? { describedBy: `${fieldId(at)}-error` } : {})}
        />
        {error ? (
          <div className="field__error" id={`${fieldId(at)}-error`}>
            {error}
          </div>
        ) : null}
      </div>
    );
  };

  return (
    <div className="person-fields">
      <div className="grid grid--3">
        {name('familyName', t('person.familyName'), true, autoFocus)}
        {name('givenName', t('person.givenName'), true)}
        {name('patronymic', t('person.patronymic'), false)}
      </div>
      <div className="grid grid--3">
        <PartialDateInput id={fieldId(`${pointer}/birthDate`)} value={value.birth} error={errors[`${pointer}/birthDate`]} onChange={(birth) => onChange({ birth })} onBlur={() => onTouch(`${pointer}/birthDate`)} />
        <Field label={t('person.sex')} id={fieldId(`${pointer}/sex`)} error={errors[`${pointer}/sex`]}>
          {(p) => (
            <select {...p} value={value.sex} onChange={(e) => onChange({ sex: e.target.value as PersonDraft['sex'] })}>
              <option value="">{t('common.notStated')}</option>
              {sexes.map((s) => (
                <option key={s} value={s}>
                  {t(sexLabel[s])}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('person.language')} id={fieldId(`${pointer}/language`)} error={errors[`${pointer}/language`]}>
          {(p) => (
            <LocaleSelect {...p} value={value.language} onLocale={(language) => onChange({ language })} />
          )}
        </Field>
      </div>
      <div className="grid grid--2">
        {place('birthPlace', t('person.birthPlace'))}
        {place('residence', t('person.residence'))}
      </div>
      {withContact ? (
        <>
          <PhoneFields value={value} pointer={pointer} errors={errors} onChange={onChange} onTouch={onTouch} />
          <div className="grid grid--2">
            <Field label={t('person.email')} id={fieldId(`${pointer}/email`)} error={errors[`${pointer}/email`]}>
              {(p) => <input {...p} type="email" autoComplete="off" value={value.email} onChange={(e) => onChange({ email: e.target.value })} onBlur={() => onTouch(`${pointer}/email`)} />}
            </Field>
            <Field label={t('person.notifyBy')} id={fieldId(`${pointer}/notifyBy`)} error={errors[`${pointer}/notifyBy`]}>
              {(p) => (
                <select {...p} value={value.notifyBy} onChange={(e) => onChange({ notifyBy: e.target.value as PersonDraft['notifyBy'] })}>
                  <option value="">{t('person.notifyBy.auto')}</option>
                  <option value="sms">{t('person.notifyBy.sms')}</option>
                  <option value="email">{t('person.notifyBy.email')}</option>
                  <option value="none">{t('person.notifyBy.none')}</option>
                </select>
              )}
            </Field>
          </div>
        </>
      ) : null}
      <DocumentFields value={value} pointer={pointer} errors={errors} onChange={onChange} onTouch={onTouch} />
    </div>
  );
}
