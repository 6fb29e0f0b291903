import { useI18n } from '../../ui/i18n/i18n.js';
import type { SignInStepProps } from './step-props.js';

/** The recovery codes that came with the first factor: the server keeps only their hashes, so this is the one time they are seen. */
export function RecoveryCodesStep({ session, done }: SignInStepProps) {
  const { t } = useI18n();
  const { recoveryCodes = [], ...rest } = session;
  return (
    <div className="stack">
      <h2>{t('signIn.recoveryCodes.title')}</h2>
      <p>{t('signIn.recoveryCodes.explain')}</p>
      <ol className="recovery-codes" data-testid="recovery-codes">
        {recoveryCodes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="actions">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('signIn.recoveryCodes.print')}
        </button>
        <button type="button" className="button button--primary" autoFocus onClick={() => done(rest)}>
          {t('signIn.recoveryCodes.done')}
        </button>
      </div>
    </div>
  );
}
