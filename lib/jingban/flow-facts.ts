import { and, desc, eq, gt, inArray, isNull, notInArray, or } from 'drizzle-orm';
import type { Db } from '../db/client';
import { applications, designations, remoteFilings } from '../db/schema';
import type { DbOrTx, PersonRow } from '../db/types';
import type { RegionCode } from '../data/regions';
import type { FlowContext, FlowPerson } from '../services/flow';
import { CLOSED_WITHOUT_BENEFIT, type ChronicFacts } from '../services/chronic/policy';
import type { DesignationFacts } from '../services/designation/policy';
import type { ActiveFiling } from '../services/remote-care/policy';
import { IN_PROGRESS, type TransferFacts } from '../services/transfer/policy';
import type { ServiceKey } from '../services/review';
import { shanghaiDate, type IsoDate } from '../time/dates';
import { filingState } from './filing-state';

export function flowPerson(person: PersonRow): FlowPerson {
  return {
    insuranceType: person.insuranceType,
    employmentStatus: person.employmentStatus,
    regionCode: person.regionCode as RegionCode,
    districtCode: person.districtCode,
    phone: person.phone,
  };
}

/** Filings in force today: not cancelled or changed, and a temporary one not past its end date. */
export async function activeFilings(db: Db, personId: string, today: IsoDate): Promise<ActiveFiling[]> {
  const rows = await db
    .select()
    .from(remoteFilings)
    .where(and(eq(remoteFilings.personId, personId), eq(remoteFilings.status, 'active')));
  return rows.filter((r) => filingState(r, today) === 'active').map((r) => ({
    id: r.id,
    category: r.category,
    destProvinceCode: r.destProvinceCode,
    destCityCode: r.destCityCode,
    startDate: r.startDate,
    endDate: r.endDate,
    firstCostDate: r.firstCostDate,
    scope: r.scope,
    basis: r.basis,
    proofSince: r.proofSince,
  }));
}

/** Diseases with an application that is not rejected or cancelled (pending, in review or approved). */
export async function chronicFacts(db: Db, personId: string): Promise<ChronicFacts> {
  const rows = await db
    .select({ answers: applications.answers, channel: applications.channel })
    .from(applications)
    .where(
      and(
        eq(applications.personId, personId),
        eq(applications.service, 'chronic'),
        notInArray(applications.status, [...CLOSED_WITHOUT_BENEFIT]),
      ),
    );
  const codesOf = (list: typeof rows) => [...new Set(list.map((r) => r.answers.diseaseCode).filter((c): c is string => typeof c === 'string'))];
  return { existingDiseaseCodes: codesOf(rows), hospitalDiseaseCodes: codesOf(rows.filter((r) => r.channel === 'hospital')) };
}

/** Designations not yet ended (in force today or starting later), and the year's completed changes. */
export async function designationFacts(db: Db, personId: string, today: IsoDate): Promise<DesignationFacts> {
  const rows = await db
    .select()
    .from(designations)
    .where(and(eq(designations.personId, personId), or(isNull(designations.validUntil), gt(designations.validUntil, today))))
    .orderBy(designations.validFrom, designations.id);
  const decided = await db
    .select({ decidedAt: applications.decidedAt })
    .from(applications)
    .where(and(eq(applications.personId, personId), eq(applications.service, 'designation'), eq(applications.status, 'completed')))
    .orderBy(desc(applications.decidedAt))
    .limit(50);
  return {
    designations: rows.map((r) => ({ facilityCode: r.facilityCode, validFrom: r.validFrom, validUntil: r.validUntil })),
    completedChangeDates: decided.flatMap((r) => (r.decidedAt ? [shanghaiDate(r.decidedAt)] : [])),
  };
}

export async function transferFacts(db: DbOrTx, personId: string): Promise<TransferFacts> {
  const rows = await db
    .select({ id: applications.id, number: applications.number, answers: applications.answers })
    .from(applications)
    .where(and(eq(applications.personId, personId), eq(applications.service, 'transfer'), inArray(applications.status, [...IN_PROGRESS])));
  return {
    pendingTransfers: rows.map((r) => ({ id: r.id, number: r.number, toCityCode: typeof r.answers.toCityCode === 'string' ? r.answers.toCityCode : null })),
  };
}

/** What each service's rules need to know about this person, read fresh for every check. */
export async function loadFlowContext(db: Db, person: PersonRow, service: ServiceKey, now: Date): Promise<FlowContext<Record<string, unknown>>> {
  const base = { today: shanghaiDate(now), person: flowPerson(person) };
  switch (service) {
    case 'remote-care':
      return { ...base, facts: { activeFilings: await activeFilings(db, person.id, base.today) } };
    case 'chronic':
      return { ...base, facts: await chronicFacts(db, person.id) };
    case 'designation':
      return { ...base, facts: await designationFacts(db, person.id, base.today) };
    case 'transfer':
      return { ...base, facts: await transferFacts(db, person.id) };
    default:
      return { ...base, facts: {} };
  }
}
