import { useCallback, useEffect, useState } from 'react';
import { conflicts, type ConflictState, type ConflictView } from '../../ui/api/conflicts.js';
import { Notice } from '../../ui/components/Notice.js';
import { ProblemNotice } from '../../ui/components/ProblemNotice.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { Link, useLocation } from '../../ui/router.js';
import { ConflictDialog } from './ConflictDialog.js';
import { ConflictSide } from './ConflictSide.js';
import { conflictFieldLabel, personName } from './labels.js';

/**
 * The conflict inbox: a detail of a person changed on two outreach devices (or on a device and at
 * an office), both values kept until a supervisor chooses. Resolved ones stay readable with
 * their outcome. The state shown lives in the address, so Back and links work.
 */
export default function ConflictsPage() {
  const { t, dateTime } = useI18n();
  const { search } = useLocation();
  const state: ConflictState = search.get('state') === 'resolved' ? 'resolved' : 'open';
  const [items, setItems] = useState<ConflictView[]>();
  const [error, setError] = useState<unknown>();
  const [open, setOpen] = useState<ConflictView>();
  const [done, setDone] = useState<string>();

  const load = useCallback(() => conflicts.list(state).then((r) => setItems(r.body.items), setError), [state]);
  useEffect(() => {
    setItems(undefined);
    void load();
  }, [load]);

  const name = (c: ConflictView) => personName(c, t('conflicts.personGone'));
  function resolved(c: ConflictView) {
    setOpen(undefined);
    setDone(t('conflicts.done', { person: name(c), field: t(conflictFieldLabel(c.field)) }));
    void load();
  }

  return (
    <div className="stack">
      <h1>{t('nav.conflicts')}</h1>
      <p className="lead">{t('conflicts.lead')}</p>
      <nav aria-label={t('conflicts.states')}>
        <ul className="tabs">
          {(['open', 'resolved'] as const).map((s) => (
            <li key={s}>
              <Link to={s === 'open' ? '/conflicts' : '/conflicts?state=resolved'} aria-current={s === state ? 'page' : undefined}>
                {t(s === 'open' ? 'conflicts.state.open' : 'conflicts.state.resolved')}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {done ? <Notice tone="success" title={done} /> : null}
      <ProblemNotice error={error} />
      {items === undefined ? (
        error ? null : <p className="loading">{t('common.loading')}</p>
      ) : items.length === 0 ? (
        <p>{t(state === 'open' ? 'conflicts.none' : 'conflicts.noneResolved')}</p>
      ) : (
        <table className="table">
          <caption>{t('conflicts.count', { count: items.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('conflicts.person')}</th>
              <th scope="col">{t('corrections.field')}</th>
              <th scope="col">{t('conflicts.current')}</th>
              <th scope="col">{t('conflicts.proposed')}</th>
              <th scope="col">{t(state === 'open' ? 'common.action' : 'conflicts.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <bdi>{name(c)}</bdi>
                </th>
                <td>{t(conflictFieldLabel(c.field))}</td>
                <td>
                  <ConflictSide field={c.field} side={c.current} />
                </td>
                <td>
                  <ConflictSide field={c.field} side={c.proposed} />
                </td>
                <td>
                  {c.state === 'open' ? (
                    <button type="button" className="button" aria-label={t('conflicts.resolveOne', { person: name(c), field: t(conflictFieldLabel(c.field)) })} onClick={() => setOpen(c)}>
                      {t('conflicts.resolve')}
                    </button>
                  ) : (
                    <>
                      {t(c.chosen === 'proposed' ? 'conflicts.chose.proposed' : 'conflicts.chose.current')}
                      <br />
                      <span className="muted">{t('conflicts.resolvedBy', { who: c.resolvedBy ?? '—', at: c.resolvedAt ? dateTime(c.resolvedAt) : '—' })}</span>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open ? (
        <ConflictDialog
          conflict={open}
          onClose={() => {
            setOpen(undefined);
            void load();
          }}
          onDone={resolved}
        />
      ) : null}
    </div>
  );
}
