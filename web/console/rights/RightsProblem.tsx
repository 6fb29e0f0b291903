import { ApiProblem } from '../../ui/api/problem.js';
import { Notice } from '../../ui/components/Notice.js';
import { ProblemNotice } from '../../ui/components/ProblemNotice.js';
import { useI18n, type MessageKey } from '../../ui/i18n/i18n.js';

/**
 * The refusals of the rights API that name a reason the officer can act on. The problem's title
 * alone ("conflicts with the current state") would not say that a legal hold is in the way.
 */
const reasonText: Record<string, MessageKey> = {
  'legal-hold': 'rights.problem.legal-hold',
  'own-request': 'rights.problem.own-request',
  'not-requester': 'rights.problem.not-requester',
  lifted: 'rights.problem.lifted',
};

/** A refusal from the API, with what to do next when its reason is known; nothing without an error. */
export function RightsProblem({ error }: { error: unknown }) {
  const { t } = useI18n();
  const reason = error instanceof ApiProblem && typeof error.problem.reason === 'string' ? reasonText[error.problem.reason] : undefined;
  if (error instanceof ApiProblem && (reason || error.code === 'gone')) {
    return (
      <Notice tone="error" title={error.problem.title}>
        <p>{t(reason ?? 'rights.problem.gone')}</p>
      </Notice>
    );
  }
  return <ProblemNotice error={error} />;
}
