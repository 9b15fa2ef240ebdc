import { randomUUID } from 'node:crypto';
import { isShandong } from '../../data/divisions';
import { compareDates, shanghaiDate } from '../../time/dates';
import type { ApprovedApplication, PersonRecords } from '../person-records';

/**
 * An approved filing is in force at once: it replaces the filing it changes (whose own 办件 shows the day
 * in its timeline) and is kept with its scope, end date and basis.
 */
export async function recordFiling(records: PersonRecords, app: ApprovedApplication, now: Date): Promise<void> {
  const a = app.answers;
  const outcome = app.outcome ?? {};
  if (typeof a._replaces === 'string') {
    const old = await records.replaceFiling(a._replaces, app.personId, now);
    if (old?.applicationId) await records.addEvent(old.applicationId, 'filing-changed', app, now);
  }
  await records.addFiling({
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
    now,
  });
}

/**
 * 002 第8条 (long-term only): 个人承诺 alone, or proof (户籍证明 / 居住证 / 单位工作证明) that covers the
 * filing from its start, or from the filing day when the start lies ahead.
 */
function filingBasis(a: ApprovedApplication['answers'], now: Date) {
  if (a.category !== 'long-term') return { basis: null, proofSince: null, proofUploadIds: null };
  if (a.commitment !== 'proof') return { basis: 'promise' as const, proofSince: null, proofUploadIds: null };
  const start = String(a.startDate);
  const today = shanghaiDate(now);
  const photos = Array.isArray(a.proofPhotos) ? a.proofPhotos.filter((p): p is string => typeof p === 'string') : [];
  return { basis: 'proof' as const, proofSince: compareDates(start, today) < 0 ? start : today, proofUploadIds: photos };
}
