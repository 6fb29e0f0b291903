import { useEffect, useId, useState, type ReactNode } from 'react';
import type { Locale } from '../../ui/i18n/locales.js';
import { portalApi } from '../api.js';
import { useI18n } from '../i18n.js';
import type { PlaceChoice } from './draft-store.js';

interface FieldProps {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

/** A labelled control with its hint and its error, both read out with it. */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {children({ id, describedBy, invalid: Boolean(error) })}
      {error && (
        <p id={`${id}-error`} className="error">
          {error}
        </p>
      )}
    </div>
  );
}

export function TextField(props: { label: string; value: string; onChange(v: string): void; hint?: string; error?: string; type?: string; autoComplete?: string; inputMode?: 'tel' | 'email' | 'text' | 'numeric' }) {
  return (
    <Field label={props.label} hint={props.hint} error={props.error}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type={props.type ?? 'text'}
          value={props.value}
          autoComplete={props.autoComplete}
          inputMode={props.inputMode}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onInput={(e) => props.onChange(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}

interface PlaceHit {
  place: { id: string; names: Record<Locale | 'hyLatn', string> };
  matched: string;
}

/** A place by any of its names, in any script (GET /api/places); a place not in the gazetteer is kept as typed. */
export function PlaceField({ label, value, onChange }: { label: string; value: PlaceChoice | null; onChange(v: PlaceChoice | null): void }) {
  const { t, locale } = useI18n();
  const [typed, setTyped] = useState('');
  const [hits, setHits] = useState<PlaceHit[]>([]);
  useEffect(() => {
    const q = typed.trim();
    if (q.length < 2) return setHits([]);
    const timer = setTimeout(() => {
      portalApi.get<PlaceHit[]>(`/api/places?limit=5&q=${encodeURIComponent(q)}`).then((r) => setHits(r.body), () => setHits([]));
    }, 250);
    return () => clearTimeout(timer);
  }, [typed]);

  const choose = (choice: PlaceChoice) => {
    onChange(choice);
    setTyped('');
    setHits([]);
  };
  return (
    <Field label={label} hint={value ? t('place.chosen', { name: value.label }) : t('place.hint')}>
      {({ id, describedBy }) => (
        <>
          <input id={id} type="search" value={typed} autoComplete="off" aria-describedby={describedBy} onInput={(e) => setTyped(e.currentTarget.value)} />
          {typed.trim().length >= 2 && (
            <ul className="choices">
              {hits.map((h) => (
                <li key={h.place.id}>
                  <button type="button" onClick={() => choose({ placeId: h.place.id, text: null, label: h.place.names[locale] })}>
                    {h.place.names[locale]}
                    {h.matched !== h.place.names[locale] && <small> ({h.matched})</small>}
                  </button>
                </li>
              ))}
              <li>
                <button type="button" className="plain" onClick={() => choose({ placeId: null, text: typed.trim(), label: typed.trim() })}>
                  {t('place.keepTyped', { text: typed.trim() })}
                </button>
              </li>
            </ul>
          )}
        </>
      )}
    </Field>
  );
}
