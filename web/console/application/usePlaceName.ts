import { useEffect, useState } from 'react';
import { places } from '../../ui/api/endpoints.js';
import type { PlaceView } from '../../ui/api/types.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { placeName } from '../labels.js';

const known = new Map<string, Promise<PlaceView>>();

/** A place reference as the reader calls it: the gazetteer name in their language, or the free text kept. */
export function usePlaceName(ref: { placeId: string | null; text: string | null } | null): string {
  const { locale } = useI18n();
  const [place, setPlace] = useState<PlaceView>();
  const id = ref?.placeId;
  useEffect(() => {
    if (!id) return;
    if (!known.has(id)) known.set(id, places.get(id).then((r) => r.body));
    known.get(id)!.then(setPlace, () => undefined);
  }, [id]);
  if (!ref) return '';
  if (place) return placeName(place, locale);
  return ref.text ?? ref.placeId ?? '';
}
