import { useEffect, useState } from 'react';
import { offices as officesApi } from '../ui/api/endpoints.js';
import type { OfficeView, OutreachEventView } from '../ui/api/types.js';

/** Offices and outreach receptions change rarely: fetched once per page load and shared. */
let officesOnce: Promise<OfficeView[]> | undefined;
let eventsOnce: Promise<OutreachEventView[]> | undefined;

function useOnce<T>(get: () => Promise<T>, empty: T): T {
  const [value, setValue] = useState<T>(empty);
  useEffect(() => {
    let live = true;
    get().then((v) => live && setValue(v), () => undefined);
    return () => {
      live = false;
    };
  }, [get]);
  return value;
}

const getOffices = () => (officesOnce ??= officesApi.list().then((r) => r.body));
const getEvents = () => (eventsOnce ??= officesApi.outreachEvents().then((r) => r.body));

export const useOffices = () => useOnce(getOffices, [] as OfficeView[]);
export const useOutreachEvents = () => useOnce(getEvents, [] as OutreachEventView[]);
