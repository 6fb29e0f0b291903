import { parseReceipt } from '../../../src/portal/core/receipt.js';
import { useI18n } from '../i18n.js';
import { follow } from '../router.js';
import { lastReceipt } from './draft-store.js';

/** The reference number and the signed receipt: on screen, as a QR code, and as a PDF to keep or print. */
export default function ReceiptPage() {
  const { t, locale } = useI18n();
  const saved = lastReceipt();
  if (!saved) {
    return (
      <h1 tabIndex={-1}>
        <a href="/portal" onClick={(e) => follow(e, '/portal')}>
          Homeward
        </a>
      </h1>
    );
  }
  const payload = encodeURIComponent(saved.receipt);
  return (
    <>
      <h1 tabIndex={-1}>{t('receipt.title')}</h1>
      <p>{t('receipt.reference')}</p>
      <p className="reference" data-testid="reference">
        {saved.reference}
      </p>
      <p>{t('receipt.keep')}</p>
      <img className="qr" src={`/api/portal/receipts/qr.svg?payload=${payload}`} alt={t('receipt.qr')} width={200} height={200} />
      <p className="payload">{saved.receipt}</p>
      <p className="hint">{t('receipt.signed', { keyId: parseReceipt(saved.receipt)?.keyId ?? '' })}</p>
      <div className="actions">
        <a className="button" href={`/api/portal/receipts/pdf?lang=${locale}&payload=${payload}`} download={`homeward-${saved.reference}.pdf`}>
          {t('receipt.pdf')}
        </a>
        <a className="button secondary" href="/portal/follow" onClick={(e) => follow(e, '/portal/follow')}>
          {t('receipt.follow')}
        </a>
      </div>
    </>
  );
}
