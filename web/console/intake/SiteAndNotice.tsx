import { Field } from '../../ui/components/Field.js';
import { LocaleSelect } from '../../ui/components/LocaleSelect.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { useOutreachEvents } from '../useReference.js';
import type { IntakeDraft } from './draft.js';
import { fieldId } from './validate.js';

interface Props {
  draft: IntakeDraft;
  errors: Record<string, string>;
  noticeMissing: boolean;
  onChange(patch: Partial<IntakeDraft>): void;
}

/** Where the application is taken (the user's office, or an outreach reception). */
export function SiteFields({ draft, errors, onChange }: Omit<Props, 'noticeMissing'>) {
  const { t } = useI18n();
  const events = useOutreachEvents();
  return (
    <div className="grid grid--2">
      <Field label={t('intake.channel')} id={fieldId('/channel')} error={errors['/channel']}>
        {(p) => (
          <select {...p} value={draft.channel} onChange={(e) => onChange({ channel: e.target.value as IntakeDraft['channel'] })}>
            <option value="reception">{t('intake.channel.reception')}</option>
            <option value="outreach">{t('intake.channel.outreach')}</option>
          </select>
        )}
      </Field>
      {draft.channel === 'outreach' ? (
        <Field label={t('intake.outreachEvent')} id={fieldId('/outreachEventId')} error={errors['/outreachEventId']} required>
          {(p) => (
            <select {...p} value={draft.outreachEventId} onChange={(e) => onChange({ outreachEventId: e.target.value })}>
              <option value="">{t('common.choose')}</option>
              {events.map((ev) => (
                <option key={ev.id} value={ev.id}>
                  {ev.code}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
    </div>
  );
}

/** What the applicant declares, and the record that they were told how their data is used. */
export function DeclarationsAndNotice({ draft, errors, noticeMissing, onChange }: Props) {
  const { t } = useI18n();
  const declare = (key: keyof IntakeDraft['declarations']) => (
    <label className="check">
      <input type="checkbox" checked={draft.declarations[key]} onChange={(e) => onChange({ declarations: { ...draft.declarations, [key]: e.target.checked } })} />
      {t(key === 'wishesToReside' ? 'intake.declaration.reside' : 'intake.declaration.citizenship')}
    </label>
  );
  return (
    <section className="card" aria-labelledby="notice-title">
      <h2 id="notice-title">{t('intake.declarationsAndNotice')}</h2>
      <fieldset>
        <legend>{t('intake.declarations')}</legend>
        {declare('wishesToReside')}
        {declare('wishesCitizenship')}
      </fieldset>
      <p className="notice-text">{t('intake.notice.text')}</p>
      <div className="grid grid--2">
        <Field label={t('intake.notice.language')} id={fieldId('/informationNotice/language')} error={errors['/informationNotice/language']}>
          {(p) => (
            <LocaleSelect {...p} value={draft.notice.language} onLocale={(language) => onChange({ notice: { ...draft.notice, language } })} />
          )}
        </Field>
        <Field label={t('intake.notice.mode')} id={fieldId('/informationNotice/mode')} error={errors['/informationNotice/mode']}>
          {(p) => (
            <select {...p} value={draft.notice.mode} onChange={(e) => onChange({ notice: { ...draft.notice, mode: e.target.value as 'spoken' | 'written' } })}>
              <option value="spoken">{t('intake.notice.spoken')}</option>
              <option value="written">{t('intake.notice.written')}</option>
            </select>
          )}
        </Field>
      </div>
      <div className={noticeMissing ? 'field field--invalid' : 'field'}>
        <label className="check">
          <input
            id={fieldId('/informationNotice')}
            type="checkbox"
            checked={draft.notice.given}
            aria-invalid={noticeMissing || undefined}
            aria-describedby={noticeMissing ? 'notice-error' : undefined}
            onChange={(e) => onChange({ notice: { ...draft.notice, given: e.target.checked } })}
          />
          {t('intake.notice.given')}
        </label>
        {noticeMissing ? (
          <div className="field__error" id="notice-error">
            {t('intake.notice.required')}
          </div>
        ) : null}
      </div>
    </section>
  );
}
