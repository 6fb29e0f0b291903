import { useState } from 'react';
import { applications } from '../../ui/api/endpoints.js';
import type { ApplicationView } from '../../ui/api/types.js';
import { Dialog } from '../../ui/components/Dialog.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { attachmentLabel } from '../labels.js';

type Attachment = ApplicationView['attachments'][number];

/** Document scans: images open in a viewer on the page, PDFs in the browser's own viewer. */
export function Attachments({ application }: { application: ApplicationView }) {
  const { t, dateTime, number } = useI18n();
  const [viewing, setViewing] = useState<Attachment>();
  if (!application.attachments.length) return <p>{t('attachments.none')}</p>;
  const url = (a: Attachment) => applications.attachmentUrl(application.id, a.id);
  const kind = (a: Attachment) => t(attachmentLabel[a.kind]);
  return (
    <>
      <ul className="plain attachments">
        {application.attachments.map((a) => (
          <li key={a.id}>
            {a.mediaType.startsWith('image/') ? (
              <button type="button" className="button button--link" onClick={() => setViewing(a)}>
                {t('attachments.view', { kind: kind(a) })}
              </button>
            ) : (
              <a href={url(a)} target="_blank" rel="noreferrer">
                {t('attachments.open', { kind: kind(a) })}
              </a>
            )}{' '}
            <span className="muted">
              {a.mediaType}, {t('attachments.size', { kb: number(Math.ceil(a.size / 1024)) })}, {dateTime(a.createdAt)}
            </span>
          </li>
        ))}
      </ul>
      <Dialog title={viewing ? t('attachments.view', { kind: kind(viewing) }) : ''} open={Boolean(viewing)} onClose={() => setViewing(undefined)}>
        {viewing ? <img className="attachment-viewer" src={url(viewing)} alt={t('attachments.view', { kind: kind(viewing) })} /> : null}
        <button type="button" className="button" onClick={() => setViewing(undefined)}>
          {t('common.close')}
        </button>
      </Dialog>
    </>
  );
}
