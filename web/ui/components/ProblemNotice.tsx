import { ApiProblem, NetworkFailure } from '../api/problem.js';
import { useI18n } from '../i18n/i18n.js';
import { Notice } from './Notice.js';

/** Says what went wrong with a request, in the reader's language; nothing when there is no error. */
export function ProblemNotice({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!error) return null;
  if (error instanceof ApiProblem) {
    const fields = error.problem.errors ?? [];
    const unplaced = fields.filter((f) => f.in !== 'body');
    return (
      <Notice tone="error" title={error.problem.title}>
        {unplaced.length ? (
          <ul>
            {unplaced.map((f) => (
              <li key={f.in + f.pointer}>{f.message}</li>
            ))}
          </ul>
        ) : null}
      </Notice>
    );
  }
  if (error instanceof NetworkFailure) return <Notice tone="error" title={t('error.network')} />;
  return <Notice tone="error" title={t('error.unexpected')} />;
}
