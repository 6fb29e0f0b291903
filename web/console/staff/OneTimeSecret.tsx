import type { UserSecret } from '../../ui/api/accounts.js';
import { Notice } from '../../ui/components/Notice.js';
import { useI18n } from '../../ui/i18n/i18n.js';

/**
 * A one-time secret, shown this once: the server keeps only its hash. The administrator hands it
 * to the person, who signs in with it, sets up a second factor and chooses a password.
 */
export function OneTimeSecret({ secret, onDone }: { secret: UserSecret; onDone(): void }) {
  const { t } = useI18n();
  return (
    <Notice tone="success" title={t('staff.secret.title', { username: secret.user.username })}>
      <p>{t('staff.secret.explain')}</p>
      <p>
        <code className="reference" data-testid="one-time-secret">
          {secret.oneTimeSecret}
        </code>
      </p>
      <button type="button" className="button" onClick={onDone}>
        {t('staff.secret.done')}
      </button>
    </Notice>
  );
}
