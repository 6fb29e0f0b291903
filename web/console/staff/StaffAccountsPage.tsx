import { useCallback, useEffect, useState } from 'react';
import { users, type UserSecret } from '../../ui/api/accounts.js';
import type { UserView } from '../../ui/api/types.js';
import { Dialog } from '../../ui/components/Dialog.js';
import { Notice } from '../../ui/components/Notice.js';
import { ProblemNotice } from '../../ui/components/ProblemNotice.js';
import { useI18n, type MessageKey } from '../../ui/i18n/i18n.js';
import { factorLabel, officeName, roleLabel } from '../labels.js';
import { usePlaceName } from '../application/usePlaceName.js';
import { useOffices } from '../useReference.js';
import { CreateUserForm } from './CreateUserForm.js';
import { OneTimeSecret } from './OneTimeSecret.js';

/** A district as the reader calls it (an account's district is a gazetteer id). */
function District({ id }: { id: string | null }) {
  return <>{usePlaceName(id ? { placeId: id, text: null } : null) || '—'}</>;
}

type Action = 'disable' | 'enable' | 'reset-factors' | 'reset-password';

const question: Record<Action, MessageKey> = {
  disable: 'staff.ask.disable',
  enable: 'staff.ask.enable',
  'reset-factors': 'staff.ask.resetFactors',
  'reset-password': 'staff.ask.resetPassword',
};
const button: Record<Action, MessageKey> = {
  disable: 'staff.disable',
  enable: 'staff.enable',
  'reset-factors': 'staff.resetFactors',
  'reset-password': 'staff.resetPassword',
};

/** The administrator's list of staff accounts: create one, disable it, reset its factors or password. */
export default function StaffAccountsPage() {
  const { t, locale } = useI18n();
  const offices = useOffices();
  const [list, setList] = useState<UserView[]>();
  const [error, setError] = useState<unknown>();
  const [secret, setSecret] = useState<UserSecret>();
  const [asking, setAsking] = useState<{ user: UserView; action: Action }>();
  const [done, setDone] = useState<string>();

  const load = useCallback(() => users.list().then((r) => setList(r.body), setError), []);
  useEffect(() => void load(), [load]);

  async function act({ user, action }: { user: UserView; action: Action }) {
    setError(undefined);
    setDone(undefined);
    try {
      if (action === 'reset-password') setSecret((await users.resetPassword(user.id)).body);
      else if (action === 'reset-factors') await users.resetFactors(user.id);
      else await users.update(user.id, user.version, { disabled: action === 'disable' });
      if (action !== 'reset-password') setDone(t('staff.done', { username: user.username }));
      await load();
    } catch (e) {
      setError(e);
    } finally {
      setAsking(undefined);
    }
  }

  const office = (id: string | null) => {
    const o = offices.find((x) => x.id === id);
    return o ? officeName(o, locale) : '—';
  };
  return (
    <div>
      <h1>{t('staff.title')}</h1>
      <ProblemNotice error={error} />
      {done ? <Notice tone="success" title={done} /> : null}
      {secret ? <OneTimeSecret secret={secret} onDone={() => setSecret(undefined)} /> : null}
      {list === undefined ? (
        error ? null : <p className="loading">{t('common.loading')}</p>
      ) : (
        <table className="table">
          <caption>{t('staff.count', { count: list.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('signIn.username')}</th>
              <th scope="col">{t('staff.displayName')}</th>
              <th scope="col">{t('staff.roles')}</th>
              <th scope="col">{t('staff.office')}</th>
              <th scope="col">{t('staff.district')}</th>
              <th scope="col">{t('staff.factors')}</th>
              <th scope="col">{t('common.action')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((u) => (
              <tr key={u.id}>
                <th scope="row">
                  {u.username}
                  {u.disabled ? <span className="badge badge--warning"> {t('staff.disabled')}</span> : null}
                </th>
                <td>{u.displayName}</td>
                <td>{u.roles.map((r) => t(roleLabel(r))).join(', ')}</td>
                <td>{office(u.officeId)}</td>
                <td>
                  <District id={u.districtId} />
                </td>
                <td>{u.secondFactors.length ? u.secondFactors.map((f) => t(factorLabel[f])).join(', ') : t('staff.factors.none')}</td>
                <td>
                  <div className="actions">
                    {(['reset-password', 'reset-factors', u.disabled ? 'enable' : 'disable'] as const).map((action) => (
                      <button key={action} type="button" className="button button--quiet" aria-label={`${t(button[action])}: ${u.username}`} onClick={() => setAsking({ user: u, action })}>
                        {t(button[action])}
                      </button>
                    ))}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <CreateUserForm
        onCreated={(created) => {
          setSecret(created);
          void load();
        }}
      />
      <Dialog title={asking ? t(button[asking.action]) : ''} open={Boolean(asking)} onClose={() => setAsking(undefined)}>
        <p>{asking ? t(question[asking.action], { username: asking.user.username }) : ''}</p>
        <div className="actions">
          <button type="button" className="button button--primary" autoFocus onClick={() => asking && void act(asking)}>
            {asking ? t(button[asking.action]) : ''}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setAsking(undefined)}>
            {t('common.cancel')}
          </button>
        </div>
      </Dialog>
    </div>
  );
}
