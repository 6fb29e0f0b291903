import { useEffect, useState, type FormEvent } from 'react';
import { factors } from '../../ui/api/endpoints.js';
import { ApiProblem } from '../../ui/api/problem.js';
import type { TotpEnrolment } from '../../ui/api/types.js';
import { Field } from '../../ui/components/Field.js';
import { ProblemNotice } from '../../ui/components/ProblemNotice.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { enrolPasskey } from './passkeys.js';
import type { SignInStepProps } from './step-props.js';
import { useAttempt } from './useAttempt.js';

/** The otpauth URI as an SVG picture; the QR library loads only on this rarely seen screen. */
async function qrPicture(uri: string): Promise<string> {
  const { default: QRCode } = await import('qrcode');
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/**
 * A first sign-in (or the first after a factor reset): no staff account works without a second
 * factor, so one is set up here, before anything else. An authenticator app is offered first,
 * since every phone can have one; a passkey where the device or a security key allows.
 */
export function EnrolFactorStep({ done }: SignInStepProps) {
  const { t } = useI18n();
  const [enrolment, setEnrolment] = useState<TotpEnrolment>();
  const [picture, setPicture] = useState<string>();
  const [code, setCode] = useState('');
  const { busy, error, setError, attempt } = useAttempt(done);

  useEffect(() => {
    let live = true;
    factors
      .beginTotp()
      .then(async ({ body }) => {
        if (!live) return;
        setEnrolment(body);
        const image = await qrPicture(body.uri);
        if (live) setPicture(image);
      })
      .catch((err: unknown) => live && setError(err));
    return () => {
      live = false;
    };
  }, []);


  function submit(e: FormEvent) {
    e.preventDefault();
    void attempt(() => factors.confirmTotp(code.replace(/\s+/g, '')));
  }

  const fieldErrors = error instanceof ApiProblem ? error.fieldErrors() : {};
  return (
    <form onSubmit={submit} noValidate className="stack">
      <h2>{t('signIn.enrol.title')}</h2>
      <p>{t('signIn.enrol.explain')}</p>
      {error && !fieldErrors['/code'] ? <ProblemNotice error={error} /> : null}
      {picture ? <img className="qr" src={picture} alt={t('signIn.enrol.qrAlt')} width={200} height={200} /> : null}
      {enrolment ? (
        <p>
          {t('signIn.enrol.secret')}: <code data-testid="totp-secret">{enrolment.secret}</code>
        </p>
      ) : null}
      <Field label={t('signIn.code')} required error={fieldErrors['/code']}>
        {(p) => <input {...p} name="code" autoComplete="one-time-code" inputMode="numeric" value={code} onChange={(e) => setCode(e.target.value)} />}
      </Field>
      <button type="submit" className="button button--primary" disabled={busy || !enrolment}>
        {t('signIn.enrol.submit')}
      </button>
      {'PublicKeyCredential' in window ? (
        <button type="button" className="button" disabled={busy} onClick={() => void attempt(enrolPasskey)}>
          {t('signIn.enrol.passkey')}
        </button>
      ) : null}
    </form>
  );
}
