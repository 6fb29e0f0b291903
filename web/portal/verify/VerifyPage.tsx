import { useEffect, useRef, useState } from 'react';
import { Field } from '../apply/fields.js';
import { useI18n } from '../i18n.js';
import { canScanLive, decodePhoto, scanCamera } from './scan.js';
import { rememberKeys, verifyReceipt, type Verdict } from './verify.js';

/** Anyone (an officer at a checkpoint, a landlord, the resident) checks whether a receipt is genuine. */
export default function VerifyPage() {
  const { t, dateTime } = useI18n();
  const [payload, setPayload] = useState('');
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [note, setNote] = useState('');
  const [scanning, setScanning] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const stopCamera = useRef<(() => void) | null>(null);

  useEffect(() => {
    rememberKeys();
    return () => stopCamera.current?.();
  }, []);

  async function check(text: string) {
    setPayload(text);
    setNote('');
    setVerdict(await verifyReceipt(text));
  }
  async function startCamera() {
    setScanning(true);
    stopCamera.current = await scanCamera(video.current!, (text) => {
      setScanning(false);
      void check(text);
    });
  }

  return (
    <>
      <h1 tabIndex={-1}>{t('verify.title')}</h1>
      <p className="hint">{t('verify.hint')}</p>
      {canScanLive() && (
        <div className="actions">
          <button type="button" className="secondary" onClick={() => (scanning ? (stopCamera.current?.(), setScanning(false)) : void startCamera())}>
            {scanning ? t('verify.stop') : t('verify.scan')}
          </button>
        </div>
      )}
      <video ref={video} hidden={!scanning} muted playsInline className="camera" />
      <Field label={t('verify.photo')}>
        {({ id }) => (
          <input
            id={id}
            type="file"
            accept="image/*"
            capture="environment"
            onChange={async (e) => {
              const file = e.currentTarget.files?.[0];
              const text = file && (await decodePhoto(file));
              if (text) void check(text);
              else setNote(t('verify.noCode'));
            }}
          />
        )}
      </Field>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void check(payload);
        }}
      >
        <Field label={t('verify.payload')}>
          {({ id }) => <textarea id={id} rows={3} value={payload} spellCheck={false} onInput={(e) => setPayload(e.currentTarget.value)} />}
        </Field>
        <button type="submit">{t('verify.check')}</button>
      </form>
      <div role="status" className="verdict-box">
        {note && <p>{note}</p>}
        {verdict && 'genuine' in verdict && verdict.genuine && (
          <p className="verdict good">
            <strong>{t('verify.genuine')}</strong> {t('verify.details', { reference: verdict.reference, date: dateTime(verdict.issuedAt), holder: verdict.holder, birthYear: verdict.birthYear })}
          </p>
        )}
        {verdict && 'genuine' in verdict && !verdict.genuine && <p className="verdict bad">{t('verify.forged')}</p>}
        {verdict && 'unknownKey' in verdict && <p className="verdict bad">{t('verify.unknownKey')}</p>}
      </div>
    </>
  );
}
