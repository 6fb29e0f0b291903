import type { PersonView } from '../../ui/api/types.js';
import { ScriptedName } from '../../ui/components/Badges.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { documentLabel, sexLabel } from '../labels.js';
import { usePlaceName } from './usePlaceName.js';

/** A person as registered: names as typed (with their script), dates, places, contact, documents. */
export function PersonCard({ person }: { person: PersonView }) {
  const { t, partialDate } = useI18n();
  const birthPlace = usePlaceName(person.birthPlace);
  const residence = usePlaceName(person.residence);
  return (
    <dl className="facts">
      <dt>{t('person.familyName')}</dt>
      <dd>
        <ScriptedName {...person.familyName} />
      </dd>
      <dt>{t('person.givenName')}</dt>
      <dd>
        <ScriptedName {...person.givenName} />
      </dd>
      {person.patronymic ? (
        <>
          <dt>{t('person.patronymic')}</dt>
          <dd>
            <ScriptedName {...person.patronymic} />
          </dd>
        </>
      ) : null}
      <dt>{t('person.birthDate')}</dt>
      <dd>{partialDate(person.birthDate)}</dd>
      {person.sex ? (
        <>
          <dt>{t('person.sex')}</dt>
          <dd>{t(sexLabel[person.sex])}</dd>
        </>
      ) : null}
      <dt>{t('person.birthPlace')}</dt>
      <dd>{birthPlace || '—'}</dd>
      <dt>{t('person.residence')}</dt>
      <dd>{residence || '—'}</dd>
      <dt>{t('person.phones')}</dt>
      <dd>{person.phones.length ? person.phones.map((p) => p.e164 ?? p.raw).join(', ') : '—'}</dd>
      {person.email ? (
        <>
          <dt>{t('person.email')}</dt>
          <dd>{person.email}</dd>
        </>
      ) : null}
      <dt>{t('person.documents')}</dt>
      <dd>
        {person.documents.length ? (
          <ul className="plain">
            {person.documents.map((d) => (
              <li key={d.type + d.number}>
                {t(documentLabel[d.type])}: {d.number}
                {d.formatOk ? null : <span className="badge badge--warning"> {t('person.document.unusualShort')}</span>}
              </li>
            ))}
          </ul>
        ) : (
          '—'
        )}
      </dd>
    </dl>
  );
}
