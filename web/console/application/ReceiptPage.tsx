import { useEffect, useState } from 'react';
import { applications } from '../../ui/api/endpoints.js';
import type { ApplicationView } from '../../ui/api/types.js';
import { ProblemNotice } from '../../ui/components/ProblemNotice.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { Link } from '../../ui/router.js';
import { channelLabel, officeName } from '../labels.js';
import type { PageProps } from '../page-props.js';
import { useOffices } from '../useReference.js';

/** The paper the applicant takes home: the reference number, and how to follow the application. */
export default function ReceiptPage({ params }: PageProps) {
  const { t, dateTime, partialDate, locale } = useI18n();
  const offices = useOffices();
  const [application, setApplication] = useState<ApplicationView>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    applications.get(params.id!).then((r) => setApplication(r.body), setError);
  }, [params.id]);
  if (!application) return error ? <ProblemNotice error={error} /> : <p className="loading">{t('common.loading')}</p>;
  const office = offices.find((o) => o.id === application.officeId);
  const { applicant } = application;
  return (
    <div className="receipt">
      <div className="receipt__actions no-print">
        <button type="button" className="button button--primary" autoFocus onClick={() => window.print()}>
          {t('receipt.print')}
        </button>
        <Link to={`/applications/${application.id}`}>{t('receipt.openApplication')}</Link>
        <Link to="/intake">{t('receipt.next')}</Link>
      </div>
      <section className="receipt__paper" aria-labelledby="receipt-title">
        <h1 id="receipt-title">{t('receipt.title')}</h1>
        <p className="receipt__reference-label">{t('receipt.reference')}</p>
        <p className="receipt__reference" data-testid="reference">
          {application.reference}
        </p>
        <dl className="facts">
          <dt>{t('receipt.applicant')}</dt>
          <dd>
            {applicant.familyName.value} {applicant.givenName.value} {applicant.patronymic?.value ?? ''}
          </dd>
          <dt>{t('person.birthDate')}</dt>
          <dd>{partialDate(applicant.birthDate)}</dd>
          <dt>{t('receipt.where')}</dt>
          <dd>
            {t(channelLabel[application.channel])}
            {office ? ` · ${officeName(office, locale)}` : ''}
          </dd>
          <dt>{t('receipt.when')}</dt>
          <dd>{dateTime(application.createdAt)}</dd>
          <dt>{t('receipt.householdSize')}</dt>
          <dd>{application.household ? application.household.members.length : 1}</dd>
        </dl>
        <p>{t('receipt.whatNext')}</p>
      </section>
    </div>
  );
}
