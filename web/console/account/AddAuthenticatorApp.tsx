import { useState, type FormEvent } from 'react';
import { factors } from '../../ui/api/endpoints.js';
import { ApiProblem } from '../../ui/api/problem.js';
import type { TotpEnrolment } from '../../ui/api/types.js';
import { Field } from '../../ui/components/Field.js';
import { ProblemNotice } from '../../ui/components/ProblemNotice.js';
import { useI18n } from '../../ui/i18n/i18n.js';

/** The otpauth URI as an SVG picture; the QR library loads only when an app is being added. */
async function qrPicture(uri: string): Promise<string> {
  const { default: QRCode } = await import('qrcode');
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** Another authenticator app (a new phone, a spare): scan the QR code, then prove it with a code it shows. */
export function AddAuthenticatorApp({ onAdded }: { onAdded(): void }) {
  const { t } = useI18n();
  const [enrolment, setEnrolment] = useState<TotpEnrolment & { picture: string }>();
  const [code, setCode] = useState('');
  const [error, setError] = useState<unknown>();

  async function begin() {
    setError(undefined);
    try {
      const { body } = await factors.beginTotp();
      setEnrolment({ ...body, picture: await qrPicture(body.uri) });
    } catch (e) {
      setError(e);
    }
  }

  async function confirm(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    try {
      await factors.confirmTotp(code.replace(/\s+/g, ''));
      setEnrolment(undefined);
      setCode('');
      onAdded();
    } catch (err) {
      setError(err);
    }
  }

  const fieldErrors = error instanceof ApiProblem ? error.fieldErrors() : {};
  if (!enrolment) {
    return (
      <>
        <ProblemNotice error={error} />
        <button type="button" className="button" onClick={() => void begin()}>
          {t('account.addApp')}
        </button>
      </>
    );
  }
  return (
    <form onSubmit={confirm} noValidate>
      <p>{t('account.addApp.scan')}</p>
      <img src={enrolment.picture} alt={t('account.addApp.qr')} width={200} height={200} />
      <p>
        {t('account.addApp.manual')} <code className="reference">{enrolment.secret}</code>
      </p>
      {Object.keys(fieldErrors).length ? null : <ProblemNotice error={error} />}
      <Field label={t('signIn.code')} required error={fieldErrors['/code']}>
        {(p) => <input {...p} inputMode="numeric" autoComplete="one-time-code" value={code} onChange={(e) => setCode(e.target.value)} />}
      </Field>
      <button type="submit" className="button button--primary">
        {t('account.addApp.confirm')}
      </button>
    </form>
  );
}
