import { useEffect, useId, useMemo, useState } from 'react';
import { attachmentKinds, maxAttachmentBytes, type AttachmentKind } from '../../src/registration/core/attachments.js';
import { dataUrlBlob, resizePhoto } from '../ui/resize-photo.js';
import type { TakenPhoto } from './device/photos.js';
import { useI18n } from './i18n.js';

/** Enough for both sides of a passport and a certificate; more belongs at the office. */
const maxPhotos = 4;

/**
 * "Photograph a document": the camera (or a picture on the phone), made small here before it is
 * kept — a few hundred KB instead of several MB, for the device's storage and the slow link home.
 * Until the registration is saved the photos live in memory only; the thumbnails are object URLs
 * of those same bytes, released as soon as they are no longer shown.
 */
export function PhotoPicker({ photos, onChange }: { photos: readonly TakenPhoto[]; onChange(photos: TakenPhoto[]): void }) {
  const { t } = useI18n();
  const id = useId();
  const [kind, setKind] = useState<AttachmentKind>('identity-document');
  const [unreadable, setUnreadable] = useState(false);
  const urls = useMemo(() => new Map(photos.map((p) => [p.id, URL.createObjectURL(p.picture)])), [photos]);
  useEffect(() => () => urls.forEach((url) => URL.revokeObjectURL(url)), [urls]);

  async function take(files: File[]) {
    setUnreadable(false);
    const taken: TakenPhoto[] = [];
    for (const file of files.slice(0, maxPhotos - photos.length)) {
      const picture = await resizePhoto(file).then(dataUrlBlob, () => undefined);
      if (picture && picture.size <= maxAttachmentBytes) taken.push({ id: crypto.randomUUID(), kind, picture });
      else setUnreadable(true);
    }
    onChange([...photos, ...taken]);
  }

  return (
    <fieldset>
      <legend>{t('photos.title')}</legend>
      {/* Labels beside their controls, not around them: the chosen option is no part of the label's name. */}
      <label htmlFor={`${id}-kind`}>{t('photos.kind')}</label>
      <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.currentTarget.value as AttachmentKind)}>
        {attachmentKinds.map((k) => (
          <option key={k} value={k}>
            {t(`document.${k}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-take`}>{t('photos.take')}</label>
      <input
        id={`${id}-take`}
        type="file"
        accept="image/*"
        capture="environment"
        disabled={photos.length >= maxPhotos}
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          // The same picture may be chosen again after it was removed.
          e.currentTarget.value = '';
          void take(files);
        }}
      />
      {unreadable && <p role="alert">{t('photos.unreadable')}</p>}
      <ul className="photos">
        {photos.map((p, i) => (
          <li key={p.id} data-photo={p.kind}>
            <img src={urls.get(p.id)} alt={t('photos.alt', { count: i + 1 })} height={96} />
            <span>{t(`document.${p.kind}`)}</span>
            <button type="button" onClick={() => onChange(photos.filter((other) => other.id !== p.id))}>
              {t('photos.remove', { count: i + 1 })}
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
