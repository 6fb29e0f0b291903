import type { UserView } from '../../ui/api/types.js';
import { Dialog } from '../../ui/components/Dialog.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { SignInForm } from './SignInForm.js';

/**
 * The session ended while the page was open. The page stays underneath, exactly as it was (forms
 * keep what was typed, and drafts are also kept in the browser), and signing in again resumes it.
 */
export function SessionExpiredDialog({ username, onSignedIn }: { username: string; onSignedIn(user: UserView): void }) {
  const { t } = useI18n();
  return (
    <Dialog title={t('session.expired.title')} open>
      <p>{t('session.expired.explain')}</p>
      <SignInForm fixedUsername={username} onSignedIn={onSignedIn} />
    </Dialog>
  );
}
