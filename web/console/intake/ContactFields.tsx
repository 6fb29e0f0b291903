import { documentTypes, normaliseDocumentNumber } from '../../../src/people/core/documents.js';
import { normalisePhone } from '../../../src/people/core/phones.js';
import { Field } from '../../ui/components/Field.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { documentLabel } from '../labels.js';
import type { PersonDraft } from './draft.js';
import { errorAt, fieldId } from './validate.js';

interface Props {
  value: PersonDraft;
  pointer: string;
  errors: Record<string, string>;
  onChange(patch: Partial<PersonDraft>): void;
  onTouch(pointer: string): void;
}

/** Phones and documents, each checked as it is typed with the server's own normalisers. */
export function PhoneFields({ value, pointer, errors, onChange, onTouch }: Props) {
  const { t } = useI18n();
  const setPhone = (i: number, raw: string) => onChange({ phones: value.phones.map((p, j) => (j === i ? raw : p)) });
  return (
    <fieldset className="repeat">
      <legend>{t('person.phones')}</legend>
      {value.phones.map((raw, i) => {
        const at = `${pointer}/phones/${i}`;
        const e164 = raw.trim() ? normalisePhone(raw).e164 : null;
        return (
          <div className="repeat__row" key={i}>
            <Field label={t('person.phone', { n: i + 1 })} id={fieldId(at)} error={errorAt(errors, at)} hint={e164 ? t('person.phone.understood', { e164 }) : t('person.phone.hint')}>
              {(p) => <input {...p} type="tel" inputMode="tel" autoComplete="off" value={raw} onChange={(e) => setPhone(i, e.target.value)} onBlur={() => onTouch(at)} />}
            </Field>
            <button type="button" className="button button--quiet" onClick={() => onChange({ phones: value.phones.filter((_, j) => j !== i) })}>
              {t('common.remove')}
            </button>
          </div>
        );
      })}
      {value.phones.length < 5 ? (
        <button type="button" className="button" onClick={() => onChange({ phones: [...value.phones, ''] })}>
          {t('person.addPhone')}
        </button>
      ) : null}
    </fieldset>
  );
}

export function DocumentFields({ value, pointer, errors, onChange, onTouch }: Props) {
  const { t } = useI18n();
  const setDoc = (i: number, patch: Partial<PersonDraft['documents'][number]>) =>
    onChange({ documents: value.documents.map((d, j) => (j === i ? { ...d, ...patch } : d)) });
  return (
    <fieldset className="repeat">
      <legend>{t('person.documents')}</legend>
      {value.documents.map((d, i) => {
        const at = `${pointer}/documents/${i}`;
        const checked = d.number.trim() ? normaliseDocumentNumber(d.type, d.number) : undefined;
        const hint = checked && !checked.refused ? t(checked.formatOk ? 'person.document.fits' : 'person.document.unusual', { number: checked.normalised }) : undefined;
        return (
          <div className="repeat__row" key={i}>
            <Field label={t('person.document.type')} id={fieldId(`${at}/type`)} error={errors[`${at}/type`]}>
              {(p) => (
                <select {...p} value={d.type} onChange={(e) => setDoc(i, { type: e.target.value as (typeof documentTypes)[number] })}>
                  {documentTypes.map((type) => (
                    <option key={type} value={type}>
                      {t(documentLabel[type])}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('person.document.number')} id={fieldId(`${at}/number`)} error={errorAt(errors, `${at}/number`)} hint={hint}>
              {(p) => <input {...p} autoComplete="off" spellCheck={false} value={d.number} onChange={(e) => setDoc(i, { number: e.target.value })} onBlur={() => onTouch(`${at}/number`)} />}
            </Field>
            <button type="button" className="button button--quiet" onClick={() => onChange({ documents: value.documents.filter((_, j) => j !== i) })}>
              {t('common.remove')}
            </button>
          </div>
        );
      })}
      {value.documents.length < 10 ? (
        <button type="button" className="button" onClick={() => onChange({ documents: [...value.documents, { type: 'am-passport', number: '', issuer: '' }] })}>
          {t('person.addDocument')}
        </button>
      ) : null}
    </fieldset>
  );
}
