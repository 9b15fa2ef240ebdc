import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { remoteFilings } from '../db/schema';
import type { ApplicationRow, Tx } from '../db/types';
import { isShandong } from '../data/divisions';
import type { ServiceKey } from '../services/review';

type Effect = (tx: Tx, app: ApplicationRow, now: Date) => Promise<void>;

/** What an approved application changes in the person's standing records, in the same transaction. */
const effects: Partial<Record<ServiceKey, Effect>> = {
  'remote-care': async (tx, app, now) => {
    const a = app.answers;
    const outcome = app.outcome ?? {};
    if (typeof a._replaces === 'string') {
      await tx
        .update(remoteFilings)
        .set({ status: 'changed', updatedAt: now })
        .where(and(eq(remoteFilings.id, a._replaces), eq(remoteFilings.personId, app.personId)));
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
      status: 'active',
      createdAt: now,
      updatedAt: now,
    });
  },
};

export async function applyApprovalEffects(tx: Tx, app: ApplicationRow, now: Date): Promise<void> {
  await effects[app.service as ServiceKey]?.(tx, app, now);
}
