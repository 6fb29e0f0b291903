import { useState } from 'react';
import { matching } from '../../ui/api/matching.js';
import type { PersonView } from '../../ui/api/types.js';
import { Dialog } from '../../ui/components/Dialog.js';
import { Notice } from '../../ui/components/Notice.js';
import { ProblemNotice } from '../../ui/components/ProblemNotice.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { can, useSession } from '../session.js';

type Alias = PersonView['aliases'][number];

/**
 * Records merged into the people found, each of which a reviewer may split off again (after a
 * confirmation): a wrong merge is undone where it is noticed, without hunting for the pair.
 */
export function MergedRecords({ people, onUnmerged }: { people: PersonView[]; onUnmerged(): void }) {
  const { t } = useI18n();
  const { user } = useSession();
  const [asking, setAsking] = useState<Alias>();
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState(false);
  const merged = people.flatMap((p) => p.aliases.map((a) => ({ person: p, alias: a })));
  if (!can(user, 'person.merge') || (!merged.length && !done)) return null;

  async function unmerge(alias: Alias) {
    setError(undefined);
    try {
      await matching.unmerge(alias.sourcePersonId);
      setDone(true);
      onUnmerged();
    } catch (e) {
      setError(e);
    } finally {
      setAsking(undefined);
    }
  }

  return (
    <section aria-labelledby="merged-title">
      <h2 id="merged-title">{t('people.merged')}</h2>
      <ProblemNotice error={error} />
      {done ? <Notice tone="success" title={t('duplicates.done.unmerge')} /> : null}
      <ul className="plain">
        {merged.map(({ person, alias }) => (
          <li key={alias.sourcePersonId}>
            {t('people.mergedInto', {
              merged: [alias.familyName, alias.givenName, alias.patronymic].filter(Boolean).join(' '),
              person: `${person.familyName.value} ${person.givenName.value}`,
            })}{' '}
            <button type="button" className="button" onClick={() => setAsking(alias)}>
              {t('duplicates.unmerge')}
            </button>
          </li>
        ))}
      </ul>
      <Dialog title={t('duplicates.unmerge')} open={Boolean(asking)} onClose={() => setAsking(undefined)}>
        <p>{t('duplicates.ask.unmerge')}</p>
        <div className="actions">
          <button type="button" className="button button--primary" autoFocus onClick={() => asking && void unmerge(asking)}>
            {t('duplicates.unmerge')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setAsking(undefined)}>
            {t('common.cancel')}
          </button>
        </div>
      </Dialog>
    </section>
  );
}
