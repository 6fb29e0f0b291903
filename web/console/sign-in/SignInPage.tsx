import type { Session, UserView } from '../../ui/api/types.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import type { Locale } from '../../ui/i18n/locales.js';
import { LanguageMenu } from '../shell/LanguageMenu.js';
import { SignInForm } from './SignInForm.js';

export function SignInPage({ resume, onSignedIn, onLanguage }: { resume?: Session; onSignedIn(user: UserView): void; onLanguage(locale: Locale): void }) {
  const { t } = useI18n();
  return (
    <div className="sign-in">
      <header className="sign-in__header">
        <span className="brand">Homeward</span>
        <LanguageMenu onChange={onLanguage} />
      </header>
      <main id="main" className="sign-in__main">
        <h1>{t('signIn.title')}</h1>
        <SignInForm onSignedIn={onSignedIn} {...(resume ? { resume } : {})} />
      </main>
    </div>
  );
}
