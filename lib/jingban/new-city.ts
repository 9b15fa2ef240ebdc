import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { persons } from '../db/schema';
import { SHANDONG } from '../data/divisions';
import { isRegionCode, regionByCode } from '../data/regions';
import { transferService } from '../services/transfer';
import { loadTransferFacts } from '../services/transfer/facts';
import { transfersWithoutApplying } from '../services/transfer/policy';
import { shanghaiDate } from '../time/dates';
import { applicantFacts } from './applications';
import { DomainError } from '../errors/domain-error';
import { personRecords } from './person-records';
import { insertStartedApplication, type StartResult } from './started-for';
import type { Actor } from './status';
import type { WorkingCalendar } from '../calendar/working-days';

export type NewCityRegistration = { personId: string; regionCode: string };

const jingban: Actor = { kind: 'system', id: 'jingban', channel: 'system' };

/**
 * 省内 免申即享 (002 第9条): a 职工 becomes insured in another Shandong 统筹区; the 经办 system finds the
 * new registration and starts the transfer of their 职工医保 relation by itself. The registration is
 * recorded as the transfer's first event (where and when); the person is told by SMS and does nothing.
 * 居民 are refused here: they still apply (the rule in lib/services/transfer/policy.ts).
 */
export async function registerInNewCity(db: Db, registration: NewCityRegistration, now: Date, calendar: WorkingCalendar): Promise<StartResult> {
  return db.transaction(async (tx) => {
    const [person] = await tx.select().from(persons).where(eq(persons.id, registration.personId));
    if (!person) throw new DomainError('newcity-not-insured', {}, 422);
    const region = isRegionCode(registration.regionCode) ? regionByCode(registration.regionCode) : undefined;
    if (!region || region.code === person.regionCode) throw new DomainError('newcity-region', {}, 422);
    if (!transfersWithoutApplying(person.insuranceType, SHANDONG)) throw new DomainError('newcity-not-employee', {}, 422);

    const registeredOn = shanghaiDate(now);
    const idempotencyKey = `new-city-${region.code}-${registeredOn}`;
    const pending = (await loadTransferFacts(personRecords(tx), person.id)).pendingTransfers;
    if (pending.length > 0 && !pending.some((p) => p.toCityCode === region.code)) throw new DomainError('newcity-transfer-pending', {}, 409);

    const answers = { toProvinceCode: SHANDONG, toCityCode: region.code, contactPhone: person.phone, _autoStarted: true, registeredOn };
    const plan = transferService.review.plan({ answers, applicant: applicantFacts(person), submittedAt: now, calendar });
    return insertStartedApplication(
      tx,
      {
        service: transferService.key,
        person,
        answers,
        idempotencyKey,
        status: 'accepted',
        plan,
        actor: jingban,
        events: [
          { kind: 'auto-started', fromStatus: null, toStatus: 'submitted', actor: jingban, detail: { regionCode: region.code, registeredOn } },
          { kind: 'accepted', fromStatus: 'submitted', toStatus: 'accepted', actor: jingban },
        ],
        sms: { template: 'transferAutoStarted', params: { city: region.name } },
      },
      now,
    );
  });
}
