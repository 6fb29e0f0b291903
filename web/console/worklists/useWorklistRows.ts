import { useCallback, useEffect, useRef, useState } from 'react';
import { applications } from '../../ui/api/endpoints.js';
import type { ApplicationListItem, WorklistQuery } from '../../ui/api/types.js';
import { takePrefetched, worklistPageSize as pageSize } from './prefetch.js';

export interface WorklistRows {
  total: number | undefined;
  row(index: number): ApplicationListItem | undefined;
  /** Asks for the rows in view; pages not yet loaded are fetched. */
  want(first: number, last: number): void;
  error: unknown;
}

/**
 * The rows of a worklist, fetched a page at a time as they scroll into view, so that a list of
 * 10,000 opens as fast as one of 10. A change of filters starts over and cancels what was in flight.
 */
export function useWorklistRows(query: WorklistQuery): WorklistRows {
  const key = JSON.stringify(query);
  const [total, setTotal] = useState<number>();
  const [error, setError] = useState<unknown>();
  const [, setLoadedPages] = useState(0);
  const pages = useRef(new Map<number, ApplicationListItem[]>());
  const inFlight = useRef(new Set<number>());
  const abort = useRef(new AbortController());

  const load = useCallback(
    (page: number) => {
      if (pages.current.has(page) || inFlight.current.has(page)) return;
      inFlight.current.add(page);
      const signal = abort.current.signal;
      const query = JSON.parse(key) as WorklistQuery;
      const fetchPage = () => applications.list({ ...query, limit: pageSize, offset: page * pageSize }, signal);
      ((page === 0 ? takePrefetched(query, fetchPage) : undefined) ?? fetchPage())
        .then(({ body }) => {
          if (signal.aborted) return;
          pages.current.set(page, body.items);
          setTotal(body.total);
          setLoadedPages((n) => n + 1);
        })
        .catch((e: unknown) => {
          if (!signal.aborted) setError(e);
        })
        .finally(() => inFlight.current.delete(page));
    },
    [key],
  );

  useEffect(() => {
    abort.current.abort();
    abort.current = new AbortController();
    pages.current = new Map();
    inFlight.current = new Set();
    setTotal(undefined);
    setError(undefined);
    load(0);
  }, [load]);

  const want = useCallback(
    (first: number, last: number) => {
      for (let p = Math.floor(first / pageSize); p <= Math.floor(last / pageSize); p++) load(p);
    },
    [load],
  );

  return {
    total,
    error,
    want,
    row: (index) => pages.current.get(Math.floor(index / pageSize))?.[index % pageSize],
  };
}
