import { applications } from '../../ui/api/endpoints.js';
import type { ApiResponse } from '../../ui/api/http.js';
import type { ApplicationListPage, WorklistQuery } from '../../ui/api/types.js';
import { queryFromAddress, worklists } from './definitions.js';

/** Small pages: the first screen waits for the first page only (src/web/apps.ts preloads it at /). */
export const worklistPageSize = 50;

const waiting = new Map<string, Promise<ApiResponse<ApplicationListPage>>>();
const keyOf = (query: WorklistQuery) => JSON.stringify(query);

/**
 * On the worklist's address, its first page is requested at start-up, in parallel with the
 * session, the catalogue and the code: on a slow link that saves a round trip before the list
 * appears. Only the page the address shows is fetched (a list read is audited, so nothing is
 * fetched that will not be shown).
 */
export function prefetchWorklist(search: URLSearchParams) {
  const list = worklists.find((w) => w.id === search.get('list')) ?? worklists[0]!;
  const query = queryFromAddress(search, list.state);
  const pending = applications.list({ ...query, limit: worklistPageSize, offset: 0 });
  pending.catch(() => undefined);
  waiting.set(keyOf(query), pending);
}

/**
 * The prefetched first page for this query, once; undefined when there is none. A prefetch that
 * failed (the page was opened signed out, say) is asked for again with `fresh`.
 */
export function takePrefetched(query: WorklistQuery, fresh: () => Promise<ApiResponse<ApplicationListPage>>) {
  const pending = waiting.get(keyOf(query));
  waiting.delete(keyOf(query));
  return pending?.catch(fresh);
}
