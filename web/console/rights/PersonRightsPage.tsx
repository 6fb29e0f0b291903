import { useState } from 'react';
import type { ErasureView } from '../../ui/api/rights.js';
import { Notice } from '../../ui/components/Notice.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { Link } from '../../ui/router.js';
import type { PageProps } from '../page-props.js';
import { can, useSession } from '../session.js';
import { EraseDialog } from './EraseDialog.js';
import { erasureStageLabel } from './labels.js';
import { LegalHolds } from './LegalHolds.js';

/** One person's rights actions, by id: legal holds, and erasure. */
export default function PersonRightsPage({ params }: PageProps) {
  const { t } = useI18n();
  const { user } = useSession();
  const personId = params.id!;
  const [erasing, setErasing] = useState(false);
  const [erased, setErased] = useState<ErasureView>();

  return (
    <div className="stack">
      <h1>{t('personRights.title', { id: personId })}</h1>
      <p>
        <Link to="/rights/erasures">{t('personRights.back')}</Link>
      </p>
      {can(user, 'person.legal-hold') ? <LegalHolds personId={personId} /> : null}
      <section className="stack" aria-labelledby="erase-title">
        <h2 id="erase-title">{t('erase.section')}</h2>
        {erased ? (
          <Notice tone="success" title={t('erase.done', { people: erased.people, applications: erased.applications })}>
            {t(erasureStageLabel[erased.stage])}
          </Notice>
        ) : (
          <div className="actions">
            <button type="button" className="button button--danger" onClick={() => setErasing(true)}>
              {t('erase.title')}
            </button>
          </div>
        )}
      </section>
      {erasing ? (
        <EraseDialog
          personId={personId}
          onClose={() => setErasing(false)}
          onDone={(e) => {
            setErasing(false);
            setErased(e);
          }}
        />
      ) : null}
    </div>
  );
}
