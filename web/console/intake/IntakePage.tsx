// First: before any schema is built, zod must be told not to compile with eval.
import '../../ui/zod-without-eval.js';
import { useCallback, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { applications } from '../../ui/api/endpoints.js';
import { ApiProblem } from '../../ui/api/problem.js';
import { ProblemNotice } from '../../ui/components/ProblemNotice.js';
import { useStoredDraft } from '../../ui/drafts.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { navigate } from '../../ui/router.js';
import { useSession } from '../session.js';
import { emptyDraft, emptyMember, type IntakeDraft, type PersonDraft } from './draft.js';
import { ErrorSummary } from './ErrorSummary.js';
import { HouseholdSection } from './HouseholdSection.js';
import { IntakeCandidates } from './IntakeCandidates.js';
import { PersonFields } from './PersonFields.js';
import { buildRequest, screenPointer } from './request.js';
import { DeclarationsAndNotice, SiteFields } from './SiteAndNotice.js';
import { validateIntake } from './validate.js';

/**
 * Walk-in intake at the reception desk. Designed for the keyboard: the family name has focus on
 * arrival, Tab follows the order of an identity document, Ctrl+Enter submits from anywhere. The
 * draft survives reloads and an expired session, and is submitted with a fixed idempotency key.
 */
export default function IntakePage() {
  const { t, locale } = useI18n();
  const { user } = useSession();
  const fresh = useCallback(() => emptyDraft(locale), [locale]);
  const [draft, update, reset] = useStoredDraft<IntakeDraft>(`homeward.intake.${user.id}`, fresh);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  const built = useMemo(() => buildRequest(draft), [draft]);
  const allErrors = useMemo(() => validateIntake(built, locale), [built, locale]);
  const shown = useMemo(() => {
    const out: Record<string, string> = { ...serverErrors };
    for (const [pointer, message] of Object.entries(allErrors)) {
      if (attempted || [...touched].some((p) => pointer === p || pointer.startsWith(`${p}/`))) out[pointer] ??= message;
    }
    return out;
  }, [allErrors, serverErrors, touched, attempted]);
  const noticeMissing = attempted && !draft.notice.given;

  const touch = useCallback((pointer: string) => setTouched((s) => (s.has(pointer) ? s : new Set(s).add(pointer))), []);
  const change = (patch: Partial<IntakeDraft>) => {
    setServerErrors({});
    update((d) => ({ ...d, ...patch }));
  };

  async function submit(e?: FormEvent) {
    e?.preventDefault();
    setAttempted(true);
    setFailure(undefined);
    if (Object.keys(allErrors).length || !draft.notice.given) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setBusy(true);
    try {
      const { body } = await applications.create(built.body, draft.idempotencyKey);
      reset();
      navigate(`/applications/${body.id}/receipt`);
    } catch (err) {
      if (err instanceof ApiProblem && err.problem.errors?.length) {
        const placed = Object.fromEntries(Object.entries(err.fieldErrors()).map(([p, m]) => [screenPointer(built.rows, p), m]));
        setServerErrors(placed);
        requestAnimationFrame(() => summary.current?.focus());
      }
      setFailure(err);
    } finally {
      setBusy(false);
    }
  }

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit();
  };

  return (
    <form className="intake" onSubmit={submit} onKeyDown={onKeyDown} noValidate aria-labelledby="intake-title">
      <div className="intake__main">
        <h1 id="intake-title">{t('intake.title')}</h1>
        <p className="lead">{t('intake.keyboardHint')}</p>
        <ErrorSummary ref={summary} errors={attempted ? shown : serverErrors} noticeMissing={noticeMissing} />
        {failure && !(failure instanceof ApiProblem && failure.problem.errors?.length) ? <ProblemNotice error={failure} /> : null}
        <section className="card" aria-labelledby="site-title">
          <h2 id="site-title">{t('intake.site')}</h2>
          <SiteFields draft={draft} errors={shown} onChange={change} />
        </section>
        <section className="card" aria-labelledby="applicant-title">
          <h2 id="applicant-title">{t('intake.applicant')}</h2>
          <PersonFields
            value={draft.applicant}
            pointer="/applicant"
            errors={shown}
            onChange={(p: Partial<PersonDraft>) => change({ applicant: { ...draft.applicant, ...p } })}
            onTouch={touch}
            autoFocus
            withContact
          />
        </section>
        <HouseholdSection
          members={draft.household}
          errors={shown}
          onChange={(household) => change({ household })}
          onAdd={() => change({ household: [...draft.household, emptyMember(draft.applicant.language)] })}
          onTouch={touch}
        />
        <DeclarationsAndNotice draft={draft} errors={shown} noticeMissing={noticeMissing} onChange={change} />
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('intake.submitting') : t('intake.submit')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => (reset(), setAttempted(false), setTouched(new Set()))}>
            {t('intake.clear')}
          </button>
        </div>
      </div>
      <IntakeCandidates applicant={built.body.applicant} />
    </form>
  );
}
