import { useI18n } from './i18n.js';
import { follow } from './router.js';
import { hasDraft } from './apply/draft-store.js';

/** The first screen: three tasks in big targets, and the unfinished application if there is one. */
export function Home() {
  const { t } = useI18n();
  const tasks = [
    ['/portal/apply', 'home.apply', 'home.apply.hint'],
    ['/portal/follow', 'home.follow', 'home.follow.hint'],
    ['/portal/verify', 'home.verify', 'home.verify.hint'],
  ] as const;
  return (
    <>
      <h1 tabIndex={-1}>{t('app.tagline')}</h1>
      {hasDraft() && (
        <p className="note">
          {t('home.resume')}{' '}
          <a href="/portal/apply" onClick={(e) => follow(e, '/portal/apply')}>
            {t('home.resume.go')}
          </a>
        </p>
      )}
      <ul className="tasks">
        {tasks.map(([to, label, hint]) => (
          <li key={to}>
            <a href={to} className="task" onClick={(e) => follow(e, to)}>
              <strong>{t(label)}</strong>
              <span>{t(hint)}</span>
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
