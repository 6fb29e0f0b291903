import { forwardRef } from 'react';
import type { MouseEvent } from 'react';
import { useI18n, type MessageKey } from '../../ui/i18n/i18n.js';
import { fieldId } from './validate.js';

const fieldNames: Record<string, MessageKey> = {
  givenName: 'person.givenName',
  patronymic: 'person.patronymic',
  familyName: 'person.familyName',
  birthDate: 'person.birthDate',
  birthPlace: 'person.birthPlace',
  residence: 'person.residence',
  phones: 'person.phones',
  email: 'person.email',
  documents: 'person.documents',
  relationship: 'person.relationship',
  sex: 'person.sex',
  outreachEventId: 'intake.outreachEvent',
};

/** "Family name" for /household/0/familyName; the nearest named segment of the pointer. */
function fieldName(pointer: string): MessageKey | undefined {
  return pointer.split('/').reverse().map((s) => fieldNames[s]).find(Boolean);
}

/** Moves focus to the field itself (a fragment link would only scroll to it). */
function focusField(e: MouseEvent<HTMLAnchorElement>, pointer: string) {
  const parts = pointer.split('/');
  // A place's error may name its placeId; the control is the place picker itself.
  const el = parts.map((_, i) => document.getElementById(fieldId(parts.slice(0, parts.length - i).join('/')))).find(Boolean);
  if (!el) return;
  e.preventDefault();
  el.focus();
}

/**
 * Every error of the form at the top, each a link to its field: the keyboard path from "something
 * is wrong" to the field that is wrong. It receives focus when a submission is refused.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { errors: Record<string, string>; noticeMissing: boolean }>(function ErrorSummary({ errors, noticeMissing }, ref) {
  const { t } = useI18n();
  const entries = Object.entries(errors);
  const count = entries.length + (noticeMissing ? 1 : 0);
  return (
    <div ref={ref} tabIndex={-1} className={count ? 'error-summary' : 'visually-hidden'} role={count ? 'alert' : undefined}>
      {count ? (
        <>
          <h2>{t('intake.errors', { count })}</h2>
          <ul>
            {entries.map(([pointer, message]) => (
              <li key={pointer}>
                <a href={`#${fieldId(pointer)}`} onClick={(e) => focusField(e, pointer)}>
                  {fieldName(pointer) ? `${t(fieldName(pointer)!)}${pointer.startsWith('/household/') ? ` (${t('intake.member', { n: Number(pointer.split('/')[2]) + 1 })})` : ''}: ` : ''}
                  {message}
                </a>
              </li>
            ))}
            {noticeMissing ? (
              <li>
                <a href={`#${fieldId('/informationNotice')}`} onClick={(e) => focusField(e, '/informationNotice')}>
                  {t('intake.notice.required')}
                </a>
              </li>
            ) : null}
          </ul>
        </>
      ) : null}
    </div>
  );
});
