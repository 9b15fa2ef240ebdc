import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { applicationEvents, applications, remoteFilings } from '../db/schema';
import type { PersonRow } from '../db/types';
import type { RegionCode } from '../data/regions';
import { changePossibleFrom } from '../services/remote-care/policy';
import { enqueueSms } from '../sms/outbox';
import { compareDates, shanghaiDate, type IsoDate } from '../time/dates';
import { DomainError } from './errors';
import { serviceName } from './notify';
import type { Actor } from './status';
import type { Answers } from '../services/flow';

/** 取消备案: any time without costs at the filed place, otherwise once the filing is 6 months old. */
export async function cancelRemoteFiling(db: Db, person: PersonRow, filingId: string, actor: Actor, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const [filing] = await tx
      .select()
      .from(remoteFilings)
      .where(and(eq(remoteFilings.id, filingId), eq(remoteFilings.personId, person.id)))
      .for('update');
    if (!filing || filing.status !== 'active') throw new DomainError('not-found', {}, 404);
    const lockedUntil = changePossibleFrom(filing, shanghaiDate(now), person.regionCode as RegionCode);
    if (lockedUntil) throw new DomainError('filing-change-locked', { date: lockedUntil }, 409);
    await tx.update(remoteFilings).set({ status: 'cancelled', updatedAt: now }).where(eq(remoteFilings.id, filing.id));
    if (filing.applicationId) {
      await tx.insert(applicationEvents).values({
        applicationId: filing.applicationId,
        at: now,
        kind: 'filing-cancelled',
        actorKind: actor.kind,
        actorId: actor.id,
        onBehalfOf: person.id,
        channel: actor.channel,
      });
    }
    await enqueueSms(tx, {
      phone: person.phone,
      template: 'filingCancelled',
      params: { service: serviceName('remote-care') },
      ...(filing.applicationId ? { applicationId: filing.applicationId } : {}),
    });
  });
}

/**
 * 变更备案 starts from the filing it replaces: its answers as filed (or, for a filing without an
 * application, what the filing records), starting today rather than on the old start date.
 * The flow validates each again before it is kept.
 */
export async function changeStartingAnswers(db: Db, personId: string, filingId: string, today: IsoDate): Promise<Answers> {
  const [filing] = await db
    .select()
    .from(remoteFilings)
    .where(and(eq(remoteFilings.id, filingId), eq(remoteFilings.personId, personId)));
  if (!filing) return {};
  const [app] = filing.applicationId
    ? await db.select({ answers: applications.answers }).from(applications).where(eq(applications.id, filing.applicationId))
    : [];
  const filed = Object.fromEntries(Object.entries(app?.answers ?? {}).filter(([k]) => !k.startsWith('_')));
  return {
    ...filed,
    category: filing.category,
    reason: filing.reason,
    destProvinceCode: filing.destProvinceCode,
    destCityCode: filing.destCityCode,
    startDate: compareDates(filing.startDate, today) > 0 ? filing.startDate : today,
  };
}
