import { useI18n } from '../../ui/i18n/i18n.js';
import type { PersonDraft } from './draft.js';

interface Props {
  id: string;
  value: PersonDraft['birth'];
  error: string | undefined;
  onChange(value: PersonDraft['birth']): void;
  onBlur(): void;
}

/**
 * A birth date known in full or in part: day and month may stay empty. Day, month, year is the
 * order of every language the console speaks (CLDR: dd.MM.y, dd/MM/y).
 */
export function PartialDateInput({ id, value, error, onChange, onBlur }: Props) {
  const { t } = useI18n();
  const part = (key: keyof PersonDraft['birth'], label: string, size: number, inputId?: string) => (
    <label className="date-part">
      <span>{label}</span>
      <input
        id={inputId}
        inputMode="numeric"
        maxLength={size}
        size={size + 1}
        value={value[key]}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        onChange={(e) => onChange({ ...value, [key]: e.target.value.replace(/\D/g, '') })}
        onBlur={onBlur}
      />
    </label>
  );
  return (
    <fieldset className={error ? 'field field--invalid partial-date' : 'field partial-date'}>
      <legend>
        {t('person.birthDate')}
        <span aria-hidden="true"> *</span>
      </legend>
      <div className="partial-date__parts">
        {part('day', t('date.day'), 2, id)}
        {part('month', t('date.month'), 2, `${id}-month`)}
        {part('year', t('date.year'), 4, `${id}-year`)}
      </div>
      <div className="field__hint" id={`${id}-hint`}>
        {t('person.birthDate.hint')}
      </div>
      {error ? (
        <div className="field__error" id={`${id}-error`}>
          {error}
        </div>
      ) : null}
    </fieldset>
  );
}
