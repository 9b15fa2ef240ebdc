import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { remoteFilings } from '../db/schema';
import type { PersonRow } from '../db/types';
import type { RegionCode } from '../data/regions';
import type { FlowContext, FlowPerson } from '../services/flow';
import type { ActiveFiling } from '../services/remote-care/policy';
import type { ServiceKey } from '../services/review';
import { shanghaiDate } from '../time/dates';

export function flowPerson(person: PersonRow): FlowPerson {
  return {
    insuranceType: person.insuranceType,
    employmentStatus: person.employmentStatus,
    regionCode: person.regionCode as RegionCode,
    districtCode: person.districtCode,
    phone: person.phone,
  };
}

export async function activeFilings(db: Db, personId: string): Promise<ActiveFiling[]> {
  const rows = await db
    .select()
    .from(remoteFilings)
    .where(and(eq(remoteFilings.personId, personId), eq(remoteFilings.status, 'active')));
  return rows.map((r) => ({
    id: r.id,
    category: r.category,
    destProvinceCode: r.destProvinceCode,
    destCityCode: r.destCityCode,
    startDate: r.startDate,
    endDate: r.endDate,
    firstCostDate: r.firstCostDate,
  }));
}

/** What each service's rules need to know about this person, read fresh for every check. */
export async function loadFlowContext(db: Db, person: PersonRow, service: ServiceKey, now: Date): Promise<FlowContext<Record<string, unknown>>> {
  const base = { today: shanghaiDate(now), person: flowPerson(person) };
  switch (service) {
    case 'remote-care':
      return { ...base, facts: { activeFilings: await activeFilings(db, person.id) } };
    default:
      return { ...base, facts: {} };
  }
}
