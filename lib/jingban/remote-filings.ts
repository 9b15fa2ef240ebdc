import { randomUUID } from 'node:crypto';
import { and, desc, eq, gte, inArray, isNull, lt } from 'drizzle-orm';
import type { Db } from '../db/client';
import { applicationEvents, applications, filingSettlements, persons, remoteFilings, uploads } from '../db/schema';
import type { DbOrTx, PersonRow } from '../db/types';
import { placeName } from '../data/divisions';
import type { RegionCode } from '../data/regions';
import { relationWord } from '../family/relation-words';
import { formatFullDate } from '../i18n/translator';
import { changePossibleFrom, expiryReminderOn, homeCareRates, promiseOnlyUntil, type RateCategory } from '../services/remote-care/policy';
import { enqueueSms, type SmsRequest } from '../sms/outbox';
import { compareDates, shanghaiDate, type IsoDate } from '../time/dates';
import { smsToApplicant } from './applicant-sms';
import { DomainError } from '../errors/domain-error';
import { filingState } from './filing-state';
import { remoteCareService } from '../services/remote-care';
import { serviceName } from './notify';
import type { Actor } from './status';
import type { Answers } from '../services/flow';

type FilingRow = typeof remoteFilings.$inferSelect;

/** SMS about a filing go where its application's SMS go (the chosen 联系电话, a copy to the registered phone). */
async function smsAboutFiling(db: DbOrTx, filing: FilingRow, person: Pick<PersonRow, 'phone'>, sms: Pick<SmsRequest, 'template' | 'params'>, at: Date) {
  const [app] = filing.applicationId
    ? await db.select({ id: applications.id, answers: applications.answers }).from(applications).where(eq(applications.id, filing.applicationId))
    : [];
  if (app) await smsToApplicant(db, app, person, sms, at);
  else await enqueueSms(db, { phone: person.phone, ...sms });
}

/** The filed place and a day, as the filing's SMS write them (去{place}的…, {date}). */
function placeAndDate(filing: FilingRow, date: IsoDate) {
  return { place: placeName(filing.destProvinceCode, filing.destCityCode), date: formatFullDate(date, 'zh-CN') };
}

/** Who cancelled, in the elder's SMS: themselves, a named relative, or staff by 工号 (every proxy act tells the elder). */
export function cancelSms(actor: Actor): Pick<SmsRequest, 'template' | 'params'> {
  const service = serviceName(remoteCareService.key);
  if (actor.actedBy) {
    const by = actor.actedBy;
    return { template: 'filingCancelledByRelative', params: { service, relative: by.name, relation: relationWord(by.relation, by.gender, 'zh-CN') } };
  }
  if (actor.kind === 'staff') return { template: 'filingCancelledByStaff', params: { service, staffNo: actor.id } };
  return { template: 'filingCancelled', params: { service } };
}

/** 取消备案: any time, except a 跨省 long-term filing with costs at the filed place before it is 6 months old (002 第5条). */
export async function cancelRemoteFiling(db: Db, person: PersonRow, filingId: string, actor: Actor, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const [filing] = await tx
      .select()
      .from(remoteFilings)
      .where(and(eq(remoteFilings.id, filingId), eq(remoteFilings.personId, person.id)))
      .for('update');
    if (!filing || filingState(filing, shanghaiDate(now)) !== 'active') throw new DomainError('not-found', {}, 404);
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
    await smsAboutFiling(tx, filing, person, cancelSms(actor), now);
  });
}

/** Proof can be added to a long-term filing in force that was made by 个人承诺 alone. */
export async function filingTakingProof(db: DbOrTx, person: Pick<PersonRow, 'id'>, filingId: string, today: IsoDate): Promise<FilingRow> {
  const [filing] = await db
    .select()
    .from(remoteFilings)
    .where(and(eq(remoteFilings.id, filingId), eq(remoteFilings.personId, person.id)));
  if (!filing || filing.status !== 'active' || (filing.endDate && compareDates(today, filing.endDate) > 0)) throw new DomainError('not-found', {}, 404);
  if (filing.category !== 'long-term') throw new DomainError('proof-not-needed', {}, 409);
  if (filing.basis === 'proof') throw new DomainError('proof-already-given', {}, 409);
  return filing;
}

/**
 * 补交证明 (002 第8条): a long-term filing made by 个人承诺 gets 户籍证明 / 居住证 / 单位工作证明 later; from
 * that day on, care back at the 参保地 is at home rates. The photos must be the person's own uploads.
 */
export async function addFilingProof(db: Db, person: PersonRow, filingId: string, now: Date): Promise<{ proofSince: IsoDate }> {
  return db.transaction(async (tx) => {
    const today = shanghaiDate(now);
    await tx.select({ id: remoteFilings.id }).from(remoteFilings).where(eq(remoteFilings.id, filingId)).for('update');
    const filing = await filingTakingProof(tx, person, filingId, today);
    const uploadIds = filing.proofUploadIds ?? [];
    if (uploadIds.length === 0) throw new DomainError('photos-required', {}, 422);
    const own = await tx
      .select({ id: uploads.id })
      .from(uploads)
      .where(and(inArray(uploads.id, uploadIds), eq(uploads.personId, person.id)));
    if (own.length !== new Set(uploadIds).size) throw new DomainError('photos-required', {}, 422);
    await tx.update(remoteFilings).set({ basis: 'proof', proofSince: today, proofUploadIds: uploadIds, updatedAt: now }).where(eq(remoteFilings.id, filing.id));
    await smsAboutFiling(tx, filing, person, { template: 'filingProofAdded', params: placeAndDate(filing, today) }, now);
    return { proofSince: today };
  });
}

export type SettlementInput = { personId: string; filingId: string; place: 'filed-place' | 'home'; date: IsoDate; amountFen: number };

/**
 * 模拟经办: a settlement the real system would report. At the filed place, the first one sets the filing's
 * first-cost date (which starts 002 第5条's 6-month rule). Back at the 参保地, a long-term filing's basis decides
 * the rates (002 第8条), and the person is told which and why.
 */
export async function recordFilingSettlement(db: Db, input: SettlementInput, now: Date): Promise<{ id: string; rateCategory: RateCategory }> {
  return db.transaction(async (tx) => {
    const [person] = await tx.select().from(persons).where(eq(persons.id, input.personId));
    if (!person) throw new DomainError('not-found', {}, 404);
    const [filing] = await tx
      .select()
      .from(remoteFilings)
      .where(and(eq(remoteFilings.id, input.filingId), eq(remoteFilings.personId, person.id)))
      .for('update');
    if (!filing || filing.status !== 'active') throw new DomainError('settlement-no-filing', {}, 422);
    const today = shanghaiDate(now);
    if (compareDates(input.date, today) > 0) throw new DomainError('settlement-in-future', {}, 422);
    if (compareDates(input.date, filing.startDate) < 0 || (filing.endDate && compareDates(input.date, filing.endDate) > 0)) {
      throw new DomainError('settlement-outside-filing', {}, 422);
    }
    const region = person.regionCode as RegionCode;
    const rateCategory: RateCategory = input.place === 'filed-place' ? 'filed-place' : homeCareRates(filing, input.date, region);
    const id = randomUUID();
    await tx
      .insert(filingSettlements)
      .values({ id, filingId: filing.id, personId: person.id, place: input.place, date: input.date, amountFen: input.amountFen, rateCategory, createdAt: now });
    if (input.place === 'filed-place') {
      const first = !filing.firstCostDate || compareDates(input.date, filing.firstCostDate) < 0 ? input.date : filing.firstCostDate;
      const last = !filing.lastCostDate || compareDates(input.date, filing.lastCostDate) > 0 ? input.date : filing.lastCostDate;
      await tx.update(remoteFilings).set({ firstCostDate: first, lastCostDate: last, updatedAt: now }).where(eq(remoteFilings.id, filing.id));
    } else if (filing.category === 'long-term') {
      const params = { amount: (input.amountFen / 100).toFixed(2), date: formatFullDate(input.date, 'zh-CN') };
      await smsAboutFiling(
        tx,
        filing,
        person,
        rateCategory === 'temporary'
          ? { template: 'homeCareTemporaryRates', params: { ...params, until: formatFullDate(promiseOnlyUntil(filing, region), 'zh-CN') } }
          : { template: 'homeCareLocalRates', params },
        now,
      );
    }
    return { id, rateCategory };
  });
}

/**
 * The 经办 job: 7 days (the region's figure) before a temporary filing ends, tell the person once. The
 * conditional update is the guard: a second run, or a second server, finds the reminder already sent.
 */
export async function sendFilingExpiryReminders(db: Db, now: Date): Promise<number> {
  const today = shanghaiDate(now);
  const candidates = await db
    .select({ filing: remoteFilings, person: persons })
    .from(remoteFilings)
    .innerJoin(persons, eq(persons.id, remoteFilings.personId))
    .where(
      and(
        eq(remoteFilings.status, 'active'),
        eq(remoteFilings.category, 'temporary'),
        isNull(remoteFilings.expiryReminderAt),
        gte(remoteFilings.endDate, today),
      ),
    );
  let sent = 0;
  for (const { filing, person } of candidates) {
    const due = expiryReminderOn(filing.endDate, person.regionCode as RegionCode);
    if (!due || !filing.endDate || compareDates(today, due) < 0) continue;
    const endDate = filing.endDate;
    const claimed = await db.transaction(async (tx) => {
      const rows = await tx
        .update(remoteFilings)
        .set({ expiryReminderAt: now })
        .where(and(eq(remoteFilings.id, filing.id), isNull(remoteFilings.expiryReminderAt), eq(remoteFilings.status, 'active')))
        .returning({ id: remoteFilings.id });
      if (rows.length === 0) return false;
      await smsAboutFiling(tx, filing, person, { template: 'filingExpiring', params: placeAndDate(filing, endDate) }, now);
      return true;
    });
    if (claimed) sent += 1;
  }
  return sent;
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
    // Proof added after filing (补交证明) carries over to the new filing.
    ...(filing.basis === 'proof' && filing.proofUploadIds?.length ? { commitment: 'proof', proofPhotos: filing.proofUploadIds } : {}),
  };
}

export type ExpiredFiling = { id: string; destProvinceCode: string; destCityCode: string; endDate: IsoDate };

/** Temporary filings that ran out (not cancelled or changed): shown as 已过期 so nobody thinks they still hold. */
export async function expiredFilings(db: Db, personId: string, today: IsoDate): Promise<ExpiredFiling[]> {
  const rows = await db
    .select({
      id: remoteFilings.id,
      destProvinceCode: remoteFilings.destProvinceCode,
      destCityCode: remoteFilings.destCityCode,
      endDate: remoteFilings.endDate,
    })
    .from(remoteFilings)
    .where(and(eq(remoteFilings.personId, personId), eq(remoteFilings.status, 'active'), lt(remoteFilings.endDate, today)))
    .orderBy(desc(remoteFilings.endDate))
    .limit(3);
  return rows.flatMap((r) => (r.endDate ? [{ ...r, endDate: r.endDate }] : []));
}

/** 模拟经办: every filing in force today, with whose it is, for the settlement forms. */
export async function filingsInForce(db: Db, today: IsoDate) {
  const rows = await db
    .select({ filing: remoteFilings, personName: persons.name })
    .from(remoteFilings)
    .innerJoin(persons, eq(persons.id, remoteFilings.personId))
    .where(eq(remoteFilings.status, 'active'))
    .orderBy(persons.name, remoteFilings.startDate);
  return rows.filter((r) => !r.filing.endDate || compareDates(today, r.filing.endDate) <= 0);
}

/** 模拟经办: the latest settlements recorded, newest first. */
export async function recentSettlements(db: Db, place: 'filed-place' | 'home', limit = 3) {
  return db
    .select({
      settlement: filingSettlements,
      personName: persons.name,
      destProvinceCode: remoteFilings.destProvinceCode,
      destCityCode: remoteFilings.destCityCode,
    })
    .from(filingSettlements)
    .innerJoin(remoteFilings, eq(remoteFilings.id, filingSettlements.filingId))
    .innerJoin(persons, eq(persons.id, filingSettlements.personId))
    .where(eq(filingSettlements.place, place))
    .orderBy(desc(filingSettlements.createdAt))
    .limit(limit);
}
