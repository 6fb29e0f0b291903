import type { PersonView } from '../../ui/api/types.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { usePlaceName } from '../application/usePlaceName.js';
import { sexLabel } from '../labels.js';
import { ReaderName } from '../matching/ReaderName.js';
import type { FieldAgreement } from '../../ui/api/matching.js';
import type { MessageKey } from '../../ui/i18n/i18n.js';
import { compare, type ComparedField, type ComparedValue } from './comparison.js';

const agreementLabel: Record<Exclude<ComparedField['agreement'], 'same'>, MessageKey> = {
  similar: 'duplicates.similar',
  oneSided: 'duplicates.oneSided',
  differs: 'duplicates.differs',
};

function PlaceValue({ value }: { value: PersonView['birthPlace'] }) {
  return <>{usePlaceName(value)}</>;
}

function Value({ v }: { v: ComparedValue }) {
  const { t, partialDate } = useI18n();
  if (v.kind === 'place') return <PlaceValue value={v.value} />;
  if (v.kind === 'date') return <>{partialDate(v.value)}</>;
  if (v.kind === 'sex') return <>{v.value ? t(sexLabel[v.value]) : ''}</>;
  return <bdi>{v.value}</bdi>;
}

/** Two records side by side; each row says whether they agree, differ only in spelling, or disagree, for sight and for screen readers. */
export function ComparisonTable({ left, right, fields }: { left: PersonView; right: PersonView; fields: FieldAgreement[] }) {
  const { t } = useI18n();
  return (
    <table className="table comparison">
      <thead>
        <tr>
          <th scope="col">{t('duplicates.field')}</th>
          <th scope="col">
            {t('duplicates.left')}: <ReaderName names={[left.familyName, left.givenName]} />
          </th>
          <th scope="col">
            {t('duplicates.right')}: <ReaderName names={[right.familyName, right.givenName]} />
          </th>
        </tr>
      </thead>
      <tbody>
        {compare(left, right, fields).map((row) => (
          <tr key={row.label} className={`comparison__row--${row.agreement}`}>
            <th scope="row">
              {t(row.label)}{' '}
              {row.agreement !== 'same' ? <span className={`badge badge--${row.agreement}`}>{t(agreementLabel[row.agreement])}</span> : null}
            </th>
            <td>
              <Value v={row.left} />
            </td>
            <td>
              <Value v={row.right} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
