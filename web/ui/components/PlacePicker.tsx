import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { PlaceKind } from '../../../src/places/schemas.js';
import { places } from '../api/endpoints.js';
import type { PlaceMatch } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';

export interface PlaceValue {
  placeId: string | null;
  label: string;
}

interface Props {
  id: string;
  value: PlaceValue;
  onChange(value: PlaceValue): void;
  onBlur?(): void;
  describedBy?: string;
  invalid?: boolean;
  /** Only places of this kind are offered (a district for a staff account). */
  kind?: PlaceKind;
}

/**
 * Finds a place by any of its names in any script (Khankendi, Xankəndi, Stepanakert, Ստեփանակերտ…)
 * and shows it in the reader's language with the name that matched. What is typed and not chosen
 * is kept as free text. An ARIA 1.2 combobox: arrows move, Enter chooses, Escape closes.
 */
export function PlacePicker({ id, value, onChange, onBlur, describedBy, invalid, kind }: Props) {
  const { t, locale } = useI18n();
  const [hits, setHits] = useState<PlaceMatch[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const typed = useRef(false);
  const listId = `${id}-options`;

  useEffect(() => {
    const q = value.label.trim();
    if (!typed.current || value.placeId || q.length < 2) return;
    const abort = new AbortController();
    const timer = setTimeout(() => {
      places.search(q, abort.signal, kind).then(
        (r) => {
          setHits(r.body);
          setActive(0);
          setOpen(true);
        },
        () => undefined,
      );
    }, 120);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [value.label, value.placeId, kind]);

  const label = (hit: PlaceMatch) => hit.place.names[locale] || hit.place.names.en;
  const choose = (hit: PlaceMatch) => {
    typed.current = false;
    onChange({ placeId: hit.place.id, label: label(hit) });
    setOpen(false);
  };

  function onKeyDown(e: KeyboardEvent) {
    if (!open || hits.length === 0) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(hits[active]!);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  }

  const expanded = open && hits.length > 0;
  return (
    <div className="combobox">
      <input
        id={id}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? `${listId}-${active}` : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        autoComplete="off"
        value={value.label}
        onChange={(e) => {
          typed.current = true;
          onChange({ placeId: null, label: e.target.value });
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setTimeout(() => setOpen(false), 150);
          onBlur?.();
        }}
      />
      <ul id={listId} role="listbox" className="combobox__options" hidden={!expanded} aria-label={t('place.suggestions')}>
        {hits.map((hit, i) => (
          <li
            key={hit.place.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'combobox__option combobox__option--active' : 'combobox__option'}
            onMouseDown={(e) => {
              e.preventDefault();
              choose(hit);
            }}
          >
            <span>{label(hit)}</span>
            {hit.matched !== label(hit) ? <span className="combobox__matched"> ({hit.matched})</span> : null}
          </li>
        ))}
      </ul>
      <div className="field__hint" aria-live="polite">
        {value.placeId ? t('place.chosen', { id: value.placeId }) : value.label.trim() ? t('place.freeText') : ''}
      </div>
    </div>
  );
}
