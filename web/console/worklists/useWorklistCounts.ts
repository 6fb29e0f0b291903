import { useEffect, useState } from 'react';
import { applications } from '../../ui/api/endpoints.js';
import type { WorklistQuery } from '../../ui/api/types.js';
import type { Worklist } from './definitions.js';

/** How many applications wait in each queue under the current filters (one small request each). */
export function useWorklistCounts(lists: Worklist[], filters: WorklistQuery): Record<string, number | undefined> {
  const [counts, setCounts] = useState<Record<string, number | undefined>>({});
  const key = JSON.stringify([lists.map((l) => l.id), filters]);
  useEffect(() => {
    const abort = new AbortController();
    setCounts({});
    for (const list of lists) {
      applications
        .list({ ...filters, ...(list.state ? { state: list.state } : {}), limit: 1, offset: 0 }, abort.signal)
        .then(({ body }) => setCounts((c) => ({ ...c, [list.id]: body.total })))
        .catch(() => undefined);
    }
    return () => abort.abort();
    // The key stands for lists and filters, which are rebuilt on every render.
  }, [key]);
  return counts;
}
