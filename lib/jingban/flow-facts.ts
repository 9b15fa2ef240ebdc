import type { Db } from '../db/client';
import type { PersonRow } from '../db/types';
import type { RegionCode } from '../data/regions';
import type { FlowContext, FlowPerson } from '../services/flow';
import { findModule } from '../services/modules';
import { shanghaiDate } from '../time/dates';
import { personRecords } from './person-records';

export function flowPerson(person: PersonRow): FlowPerson {
  return {
    insuranceType: person.insuranceType,
    employmentStatus: person.employmentStatus,
    regionCode: person.regionCode as RegionCode,
    districtCode: person.districtCode,
    phone: person.phone,
  };
}

/** What the service's rules need to know about this person, read fresh for every check by its module's loader. */
export async function loadFlowContext(db: Db, person: PersonRow, service: string, now: Date): Promise<FlowContext<Record<string, unknown>>> {
  const today = shanghaiDate(now);
  const load = findModule(service)?.loadFacts;
  return { today, person: flowPerson(person), facts: load ? await load(personRecords(db), person.id, today) : {} };
}
