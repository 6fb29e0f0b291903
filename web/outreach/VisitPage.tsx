import { useEffect, useState } from 'react';
import { request } from '../ui/api/http.js';
import type { Session } from './session.js';
import { open, seal, type Sealed } from './device/crypto.js';
import { all, put } from './device/idb.js';
import { saveVisit } from './device/outbox.js';
import type { TakenPhoto } from './device/photos.js';
import { useI18n, type OutreachKey } from './i18n.js';
import { PhotoPicker } from './PhotoPicker.js';

/** Someone the device may correct: the fields, and the version the corrections start from. */
interface Editable {
  personId: string;
  version: number;
  fields: Record<string, string | null>;
  /** Where document photos taken on the visit go (absent for people taken before photos could be). */
  applicationId?: string;
}

/** An applicant taken onto the device, with the other members of their household (none, if taken before members could be corrected). */
interface VisitPerson extends Editable {
  reference: string;
  household?: (Editable & { relationship: string })[];
}

const editable = ['givenName', 'patronymic', 'familyName', 'birthDate', 'email', 'residence'] as const;

/**
 * Corrections: take a person and their household onto the device while online, correct anyone's
 * details anywhere; each correction names the version it started from, and the server merges it
 * field by field.
 */
export function VisitPage({ session, online, onSaved }: { session: Session; online: boolean; onSaved(): void }) {
  const { t } = useI18n();
  const [people, setPeople] = useState<VisitPerson[]>([]);
  const [chosen, setChosen] = useState<Editable | null>(null);
  const [photos, setPhotos] = useState<TakenPhoto[]>([]);
  const [message, setMessage] = useState<string | null>(null);

  const load = async () =>
    setPeople(await Promise.all((await all<{ reference: string; sealed: Sealed }>('people')).map((p) => open<VisitPerson>(session.key, p.sealed))));
  useEffect(() => void load(), [session]);

  async function take(reference: string) {
    setMessage(null);
    try {
      const { body } = await request<VisitPerson>('GET', `/api/outreach/devices/${session.meta.id}/people/${encodeURIComponent(reference.trim())}`);
      await put('people', { reference: body.reference, sealed: await seal(session.key, body) });
      await load();
    } catch {
      setMessage(t('visit.notFound'));
    }
  }

  function choose(person: Editable | null) {
    setChosen(person);
    setPhotos([]);
  }

  async function save(person: Editable, form: FormData) {
    const fields = Object.fromEntries(
      editable.flatMap((f) => {
        const value = String(form.get(f) ?? '').trim();
        return value && value !== (person.fields[f] ?? '') ? [[f, value]] : [];
      }),
    );
    const edit = Object.keys(fields).length ? { personId: person.personId, baseVersion: person.version, fields } : undefined;
    const attach = person.applicationId && photos.length ? { applicationId: person.applicationId, taken: photos } : undefined;
    if (!edit && !attach) return;
    await saveVisit(session.key, crypto.randomUUID(), edit, `${person.fields.givenName} ${person.fields.familyName}`, attach);
    choose(null);
    setMessage(t('visit.saved'));
    onSaved();
  }

  return (
    <section className="card">
      <h1>{t('visit.title')}</h1>
      {online && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void take(String(new FormData(e.currentTarget).get('reference')));
          }}
        >
          <label>
            {t('visit.reference')}
            <input name="reference" />
          </label>
          <button type="submit">{t('visit.take')}</button>
        </form>
      )}
      {message && <p role="status">{message}</p>}
      <h2>{t('visit.people')}</h2>
      <ul>
        {people.map((p) => (
          <li key={p.reference}>
            <button type="button" onClick={() => choose(p)}>
              {p.reference} {p.fields.givenName} {p.fields.familyName}
            </button>
            {p.household?.length ? (
              <ul>
                {p.household.map((m) => (
                  <li key={m.personId}>
                    <button type="button" onClick={() => choose({ ...m, applicationId: p.applicationId })}>
                      {m.fields.givenName} {m.fields.familyName} ({t(`relationship.${m.relationship}` as OutreachKey)})
                    </button>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      {chosen && (
        <form
          key={chosen.personId}
          onSubmit={(e) => {
            e.preventDefault();
            void save(chosen, new FormData(e.currentTarget));
          }}
        >
          {editable.map((f) => (
            <label key={f}>
              {t(`field.${f}`)}
              <input name={f} autoComplete="off" defaultValue={chosen.fields[f] ?? ''} />
            </label>
          ))}
          {chosen.applicationId && <PhotoPicker photos={photos} onChange={setPhotos} />}
          <button type="submit">{t('visit.save')}</button>
        </form>
      )}
    </section>
  );
}
