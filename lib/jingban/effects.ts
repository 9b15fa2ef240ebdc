import { randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { applicationEvents, designations, persons, remoteFilings } from '../db/schema';
import type { ApplicationRow, Tx } from '../db/types';
import { isShandong } from '../data/divisions';
import type { RegionCode } from '../data/regions';
import { designationEffectiveFrom } from '../services/designation/rules';
import { ADD_FACILITY } from '../services/designation/policy';
import type { ServiceKey } from '../services/review';
import { compareDates, shanghaiDate } from '../time/dates';

type Effect = (tx: Tx, app: ApplicationRow, now: Date) => Promise<void>;

/** What an approved application changes in the person's standing records, in the same transaction. */
const effects: Partial<Record<ServiceKey, Effect>> = {
  'remote-care': async (tx, app, now) => {
    const a = app.answers;
    const outcome = app.outcome ?? {};
    if (typeof a._replaces === 'string') {
      const [old] = await tx
        .update(remoteFilings)
        .set({ status: 'changed', updatedAt: now })
        .where(and(eq(remoteFilings.id, a._replaces), eq(remoteFilings.personId, app.personId)))
        .returning({ applicationId: remoteFilings.applicationId });
      // The old filing's own 办件 shows, in its timeline, the day a newer filing replaced it.
      if (old?.applicationId) {
        await tx.insert(applicationEvents).values({
          applicationId: old.applicationId,
          at: now,
          kind: 'filing-changed',
          actorKind: app.actorKind,
          actorId: app.actorId,
          onBehalfOf: app.personId,
          channel: app.channel,
        });
      }
    }
    await tx.insert(remoteFilings).values({
      id: randomUUID(),
      personId: app.personId,
      applicationId: app.id,
      category: a.category === 'temporary' ? 'temporary' : 'long-term',
      reason: String(a.reason),
      scope: isShandong(String(a.destProvinceCode)) ? 'intra-province' : 'inter-province',
      destProvinceCode: String(a.destProvinceCode),
      destCityCode: String(a.destCityCode),
      startDate: String(a.startDate),
      endDate: typeof outcome.validUntil === 'string' ? outcome.validUntil : null,
      ...filingBasis(a, now),
      status: 'active',
      createdAt: now,
      updatedAt: now,
    });
  },
  // The replaced facility ends the day the new one starts (valid_until is exclusive).
  designation: async (tx, app, now) => {
    const a = app.answers;
    if (typeof a.newFacilityCode !== 'string') return;
    const effectiveFrom = typeof app.outcome?.effectiveFrom === 'string' ? app.outcome.effectiveFrom : await effectiveFromFor(tx, app, now);
    if (typeof a.replaceFacilityCode === 'string' && a.replaceFacilityCode !== ADD_FACILITY) {
      await tx
        .update(designations)
        .set({ validUntil: effectiveFrom })
        .where(
          and(
            eq(designations.personId, app.personId),
            eq(designations.facilityCode, a.replaceFacilityCode),
            isNull(designations.validUntil),
          ),
        );
    }
    await tx.insert(designations).values({
      personId: app.personId,
      facilityCode: a.newFacilityCode,
      validFrom: effectiveFrom,
      validUntil: null,
      applicationId: app.id,
      createdAt: now,
    });
  },
};

/**
 * 002 第8条 (long-term only): 个人承诺 alone, or proof (户籍证明 / 居住证 / 单位工作证明) that covers the
 * filing from its start, or from the filing day when the start lies ahead.
 */
function filingBasis(a: ApplicationRow['answers'], now: Date) {
  if (a.category !== 'long-term') return { basis: null, proofSince: null, proofUploadIds: null };
  if (a.commitment !== 'proof') return { basis: 'promise' as const, proofSince: null, proofUploadIds: null };
  const start = String(a.startDate);
  const today = shanghaiDate(now);
  const photos = Array.isArray(a.proofPhotos) ? a.proofPhotos.filter((p): p is string => typeof p === 'string') : [];
  return { basis: 'proof' as const, proofSince: compareDates(start, today) < 0 ? start : today, proofUploadIds: photos };
}

/** A staff decision may carry no effective date: then the region's rule gives it. */
async function effectiveFromFor(tx: Tx, app: ApplicationRow, now: Date): Promise<string> {
  const [person] = await tx.select().from(persons).where(eq(persons.id, app.personId));
  if (!person) throw new Error(`no person ${app.personId}`);
  return designationEffectiveFrom({
    applicant: { insuranceType: person.insuranceType, employmentStatus: person.employmentStatus, regionCode: person.regionCode as RegionCode },
    submittedAt: app.submittedAt ?? now,
  });
}

export async function applyApprovalEffects(tx: Tx, app: ApplicationRow, now: Date): Promise<void> {
  await effects[app.service as ServiceKey]?.(tx, app, now);
}
