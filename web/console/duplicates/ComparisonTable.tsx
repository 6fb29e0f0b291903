import type { PersonView } from '../../ui/api/types.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { usePlaceName } from '../application/usePlaceName.js';
import { sexLabel } from '../labels.js';
import { ReaderName } from '../matching/ReaderName.js';
import { compare, type ComparedValue } from './comparison.js';

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

/** Two records side by side; rows where they differ are marked, for sight and for screen readers. */
export function ComparisonTable({ left, right }: { left: PersonView; right: PersonView }) {
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
        {compare(left, right).map((row) => (
          <tr key={row.label} className={row.differs ? 'comparison__row--differs' : undefined}>
            <th scope="row">
              {t(row.label)}
              {row.differs ? <span className="badge badge--warning"> {t('duplicates.differs')}</span> : null}
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
