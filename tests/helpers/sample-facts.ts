import { moduleFor, serviceKeys, type ServiceKey } from '@/lib/services/modules';
import type { PersonRecords } from '@/lib/services/person-records';
import type { IsoDate } from '@/lib/time/dates';

/** A person with no records at all: reads find nothing, writes are a test's mistake. */
const noRecords: PersonRecords = {
  applicant: () => Promise.reject(new Error('sample facts read no applicant')),
  applications: () => Promise.resolve([]),
  activeFilings: () => Promise.resolve([]),
  designations: () => Promise.resolve([]),
  replaceFiling: () => Promise.reject(new Error('sample facts write nothing')),
  addFiling: () => Promise.reject(new Error('sample facts write nothing')),
  addEvent: () => Promise.reject(new Error('sample facts write nothing')),
  endDesignation: () => Promise.reject(new Error('sample facts write nothing')),
  addDesignation: () => Promise.reject(new Error('sample facts write nothing')),
};

/**
 * Each service's facts for a demo person with no filings, applications or designations, read by the
 * service's own loader (so a new service needs no entry here); `overrides` where a walk needs records.
 */
export async function sampleFacts(personId: string, today: IsoDate, overrides: Partial<Record<ServiceKey, object>> = {}): Promise<Record<ServiceKey, object>> {
  const entries = await Promise.all(
    serviceKeys.map(async (service) => [service, overrides[service] ?? (await moduleFor(service).loadFacts?.(noRecords, personId, today)) ?? {}] as const),
  );
  return Object.fromEntries(entries) as Record<ServiceKey, object>;
}
