import { useCallback, useEffect, useState } from 'react';
import { applications } from '../../ui/api/endpoints.js';
import type { ApplicationView, StepType } from '../../ui/api/types.js';
import { StateBadge } from '../../ui/components/Badges.js';
import { Notice } from '../../ui/components/Notice.js';
import { ProblemNotice } from '../../ui/components/ProblemNotice.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { Link } from '../../ui/router.js';
import { channelLabel, officeName, relationshipLabel, stepLabel } from '../labels.js';
import type { PageProps } from '../page-props.js';
import { useOffices } from '../useReference.js';
import { ApplicationCandidates } from './ApplicationCandidates.js';
import { Attachments } from './Attachments.js';
import { ConflictNotice } from './ConflictNotice.js';
import { PersonCard } from './PersonCard.js';
import { StepDialog } from './StepDialog.js';
import { Timeline } from './Timeline.js';

/** One application: who, with whom, what was brought, what happened, and what I may do next. */
export default function ApplicationPage({ params }: PageProps) {
  const { t, dateTime, locale } = useI18n();
  const offices = useOffices();
  const [application, setApplication] = useState<ApplicationView>();
  const [error, setError] = useState<unknown>();
  const [step, setStep] = useState<StepType>();
  const [done, setDone] = useState<StepType>();
  const [theirs, setTheirs] = useState<ApplicationView['timeline']>();

  const load = useCallback(async () => {
    try {
      const { body } = await applications.get(params.id!);
      setApplication(body);
      return body;
    } catch (e) {
      setError(e);
      return undefined;
    }
  }, [params.id]);

  useEffect(() => {
    void load();
  }, [load]);

  if (!application) return error ? <ProblemNotice error={error} /> : <p className="loading">{t('common.loading')}</p>;

  const office = offices.find((o) => o.id === application.officeId);
  const members = application.household?.members.filter((m) => m.person.id !== application.applicant.id) ?? [];

  async function conflicted(mine: ApplicationView) {
    const latest = await load();
    setStep(undefined);
    if (latest) setTheirs(latest.timeline.filter((a) => a.version > mine.version));
  }

  return (
    <article className="application">
      <header className="application__header">
        <h1>
          {t('application.heading', { reference: application.reference ?? '' })} <StateBadge state={application.state} />
        </h1>
        <p className="muted">
          {t(channelLabel[application.channel])}
          {office ? ` · ${officeName(office, locale)}` : ''} · {t('application.received', { at: dateTime(application.createdAt) })}
        </p>
        <Link to={`/applications/${application.id}/receipt`}>{t('receipt.print')}</Link>
      </header>

      {done ? <Notice tone="success" title={t('step.done', { step: t(stepLabel[done]) })} /> : null}
      {theirs ? <ConflictNotice theirs={theirs} /> : null}

      <section className="card" aria-labelledby="actions-title">
        <h2 id="actions-title">{t('application.actions')}</h2>
        {application.allowedSteps.length ? (
          <div className="actions">
            {application.allowedSteps.map((s) => (
              <button key={s} type="button" className={s === 'reject' || s === 'withdraw' ? 'button button--danger' : 'button'} onClick={() => (setDone(undefined), setTheirs(undefined), setStep(s))}>
                {t(stepLabel[s])}
              </button>
            ))}
          </div>
        ) : (
          <p>{t('application.noActions')}</p>
        )}
      </section>

      <div className="grid grid--2">
        <section className="card" aria-labelledby="applicant-title">
          <h2 id="applicant-title">{t('application.applicant')}</h2>
          <PersonCard person={application.applicant} />
        </section>
        <section className="card" aria-labelledby="candidates-title">
          <h2 id="candidates-title">{t('intake.candidates')}</h2>
          <ApplicationCandidates applicationId={application.id} />
        </section>
      </div>

      {members.length ? (
        <section className="card" aria-labelledby="household-title">
          <h2 id="household-title">{t('intake.household', { count: members.length })}</h2>
          {members.map((m) => (
            <div key={m.person.id} className="member">
              <h3>{t(relationshipLabel[m.relationship as keyof typeof relationshipLabel] ?? 'relationship.other')}</h3>
              <PersonCard person={m.person} />
            </div>
          ))}
        </section>
      ) : null}

      <section className="card" aria-labelledby="attachments-title">
        <h2 id="attachments-title">{t('application.attachments')}</h2>
        <Attachments application={application} />
      </section>

      <section className="card" aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('application.timeline')}</h2>
        <Timeline application={application} />
      </section>

      {step ? (
        <StepDialog
          application={application}
          step={step}
          onClose={() => setStep(undefined)}
          onConflict={() => void conflicted(application)}
          onDone={() => {
            setDone(step);
            setStep(undefined);
            void load();
          }}
        />
      ) : null}
    </article>
  );
}
