import { and, desc, eq, gt, inArray, isNull, notInArray, or } from 'drizzle-orm';
import { applicationEvents, applications, designations, persons, remoteFilings } from '../db/schema';
import type { DbOrTx } from '../db/types';
import type { RegionCode } from '../data/regions';
import type { PersonRecords } from '../services/person-records';
import type { ActiveFiling } from '../services/remote-care/policy';
import type { IsoDate } from '../time/dates';
import { filingState } from './filing-state';

/** Filings in force today: not cancelled or changed, and a temporary one not past its end date. */
export async function activeFilings(db: DbOrTx, personId: string, today: IsoDate): Promise<ActiveFiling[]> {
  const rows = await db
    .select()
    .from(remoteFilings)
    .where(and(eq(remoteFilings.personId, personId), eq(remoteFilings.status, 'active')));
  return rows
    .filter((r) => filingState(r, today) === 'active')
    .map((r) => ({
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

/**
 * The services' view of a person's records (lib/services/person-records.ts) over a database or a
 * transaction: what facts loaders read and approval effects write, with no service named here.
 */
export function personRecords(db: DbOrTx): PersonRecords {
  return {
    async applicant(personId) {
      const [person] = await db.select().from(persons).where(eq(persons.id, personId));
      if (!person) throw new Error(`no person ${personId}`);
      return { insuranceType: person.insuranceType, employmentStatus: person.employmentStatus, regionCode: person.regionCode as RegionCode };
    },
    async applications(personId, service, filter = {}) {
      const query = db
        .select({
          id: applications.id,
          number: applications.number,
          status: applications.status,
          channel: applications.channel,
          answers: applications.answers,
          decidedAt: applications.decidedAt,
        })
        .from(applications)
        .where(
          and(
            eq(applications.personId, personId),
            eq(applications.service, service),
            filter.statusIn ? inArray(applications.status, [...filter.statusIn]) : undefined,
            filter.statusNotIn ? notInArray(applications.status, [...filter.statusNotIn]) : undefined,
          ),
        );
      return filter.newestDecided ? query.orderBy(desc(applications.decidedAt)).limit(filter.newestDecided.limit) : query;
    },
    activeFilings: (personId, today) => activeFilings(db, personId, today),
    async designations(personId, today) {
      const rows = await db
        .select()
        .from(designations)
        .where(and(eq(designations.personId, personId), or(isNull(designations.validUntil), gt(designations.validUntil, today))))
        .orderBy(designations.validFrom, designations.id);
      return rows.map((r) => ({ facilityCode: r.facilityCode, validFrom: r.validFrom, validUntil: r.validUntil }));
    },
    async replaceFiling(filingId, personId, now) {
      const [old] = await db
        .update(remoteFilings)
        .set({ status: 'changed', updatedAt: now })
        .where(and(eq(remoteFilings.id, filingId), eq(remoteFilings.personId, personId)))
        .returning({ applicationId: remoteFilings.applicationId });
      return old ?? null;
    },
    async addFiling({ now, ...filing }) {
      await db.insert(remoteFilings).values({ ...filing, status: 'active', createdAt: now, updatedAt: now });
    },
    async addEvent(applicationId, kind, by, now) {
      await db.insert(applicationEvents).values({
        applicationId,
        at: now,
        kind,
        actorKind: by.actorKind,
        actorId: by.actorId,
        onBehalfOf: by.personId,
        channel: by.channel,
      });
    },
    async endDesignation(personId, facilityCode, until) {
      await db
        .update(designations)
        .set({ validUntil: until })
        .where(and(eq(designations.personId, personId), eq(designations.facilityCode, facilityCode), isNull(designations.validUntil)));
    },
    async addDesignation({ now, ...row }) {
      await db.insert(designations).values({ ...row, validUntil: null, createdAt: now });
    },
  };
}
