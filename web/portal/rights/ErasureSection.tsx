import { useEffect, useState } from 'react';
import { ApiProblem, NetworkFailure } from '../../ui/api/problem.js';
import { portalApi } from '../api.js';
import { useI18n } from '../i18n.js';
import type { RightsText } from './i18n.js';

interface ErasureRequest {
  id: string;
  state: 'open' | 'erased' | 'refused';
  requestedAt: string;
  decisionNote: string | null;
}

/**
 * Asking for one's data to be erased. The data-protection officer decides, so the resident sees
 * the request waiting, or refused with the officer's reason; asking is confirmed first, because
 * once the data is gone the application cannot be opened here any more.
 */
export function ErasureSection({ r }: { r: RightsText }) {
  const { t, dateTime } = useI18n();
  const [requests, setRequests] = useState<ErasureRequest[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const [key, setKey] = useState(() => crypto.randomUUID());

  async function load() {
    try {
      setRequests((await portalApi.get<{ items: ErasureRequest[] }>('/api/portal/rights/erasure')).body.items);
    } catch (e) {
      setStatus(e instanceof NetworkFailure ? t('common.offline') : e instanceof ApiProblem ? e.problem.title : String(e));
    }
  }
  useEffect(() => void load(), []);

  async function ask() {
    try {
      await portalApi.post('/api/portal/rights/erasure', {}, { idempotencyKey: key });
      setKey(crypto.randomUUID());
      setConfirming(false);
      setStatus(r('rights.erase.sent'));
      await load();
    } catch (e) {
      setStatus(e instanceof NetworkFailure ? t('common.offline') : e instanceof ApiProblem ? e.problem.title : String(e));
    }
  }

  const waiting = requests.some((q) => q.state === 'open');
  return (
    <>
      <h2>{r('rights.erase')}</h2>
      <p className="hint">{r('rights.erase.hint')}</p>
      {!waiting && !confirming && (
        <button type="button" className="secondary" onClick={() => setConfirming(true)}>
          {r('rights.erase.ask')}
        </button>
      )}
      {confirming && (
        <div role="group" aria-labelledby="erase-confirm-text">
          <p id="erase-confirm-text">{r('rights.erase.confirmText')}</p>
          <div className="actions">
            <button type="button" onClick={() => void ask()}>
              {r('rights.erase.confirm')}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              {r('rights.erase.cancel')}
            </button>
          </div>
        </div>
      )}
      <p className="status" role="status">
        {status}
      </p>
      {requests.length > 0 && (
        <ul className="erasure-requests">
          {requests.map((q) => (
            <li key={q.id}>
              <time dateTime={q.requestedAt}>{dateTime(q.requestedAt)}</time> {r('rights.erase.line', { state: q.state })}
              {q.decisionNote && <q>{q.decisionNote}</q>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
