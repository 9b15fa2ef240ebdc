import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDb } from '@/tests/helpers/test-db';
import type { Db } from '@/lib/db/client';
import { filingSettlements, persons, remoteFilings, smsMessages } from '@/lib/db/schema';
import type { PersonRow } from '@/lib/db/types';
import { DEMO_IDS } from '@/lib/data/demo-people';
import { submitApplication } from '@/lib/jingban/applications';
import { DomainError } from '@/lib/errors/domain-error';
import { addFilingProof, cancelRemoteFiling, recordFilingSettlement, sendFilingExpiryReminders } from '@/lib/jingban/remote-filings';
import { filingState } from '@/lib/jingban/filing-state';
import { runDueReviews } from '@/lib/jingban/scheduler';
import { createWorkingCalendar } from '@/lib/calendar/working-days';
import { saveUpload } from '@/lib/uploads/store';
import { atShanghaiTime } from '@/lib/time/dates';

vi.mock('server-only', () => ({}));

// A 1×1 PNG: the smallest photo the upload check accepts.
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));

const calendar = createWorkingCalendar();
let db: Db;
let close: () => Promise<void>;
let zhang: PersonRow;
let zhangWei: PersonRow;
const self = (p: PersonRow) => ({ kind: 'resident' as const, id: p.id, channel: 'online' as const });
const base = { destProvinceCode: '460000', destCityCode: '460200', contactPhone: '13800000001' };

beforeAll(async () => {
  ({ db, close } = await openTestDb());
  [zhang] = (await db.select().from(persons).where(eq(persons.id, DEMO_IDS.zhangGuilan))) as [PersonRow];
  [zhangWei] = (await db.select().from(persons).where(eq(persons.id, DEMO_IDS.zhangWei))) as [PersonRow];
});
afterAll(async () => close());

/** The person's filing in force on `today` (an expired one is still 'active' in its row, never in force). */
const inForce = async (personId: string, today = '2026-12-01') =>
  (
    await db
      .select()
      .from(remoteFilings)
      .where(and(eq(remoteFilings.personId, personId), eq(remoteFilings.status, 'active')))
  ).find((f) => filingState(f, today) === 'active')!;
const smsTo = (phone: string, template: string) =>
  db
    .select()
    .from(smsMessages)
    .where(and(eq(smsMessages.phone, phone), eq(smsMessages.template, template)));

describe('7-day reminder before a temporary filing ends (a 经办 job run by the scheduler)', () => {
  it('is sent once, on the 7th day before the end, however often the scheduler runs', async () => {
    const answers = { ...base, category: 'temporary', reason: 'referral', startDate: '2026-11-30', commitment: 'promise' };
    await submitApplication(
      db,
      { service: 'remote-care', person: zhang, answers, idempotencyKey: 'r1', actor: self(zhang) },
      atShanghaiTime('2026-11-30', 10, 0),
      calendar,
    );
    const filing = await inForce(zhang.id);
    expect(filing.endDate).toBe('2027-05-30');
    // The day before the reminder is due: nothing.
    expect(await sendFilingExpiryReminders(db, atShanghaiTime('2027-05-22', 12, 0))).toBe(0);
    expect(await smsTo(zhang.phone, 'filingExpiring')).toHaveLength(0);
    // Due: the scheduler sends it; runs after that, and two at once, send nothing more.
    await runDueReviews(db, atShanghaiTime('2027-05-23', 9, 0), calendar);
    await Promise.all([runDueReviews(db, atShanghaiTime('2027-05-23', 9, 1), calendar), sendFilingExpiryReminders(db, atShanghaiTime('2027-05-24', 9, 0))]);
    const sent = await smsTo(zhang.phone, 'filingExpiring');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).toContain('2027年5月30日 到期');
  });

  it('an expired filing no longer blocks a new filing', async () => {
    const answers = { ...base, category: 'temporary', reason: 'referral', startDate: '2027-06-01', commitment: 'promise' };
    const { application } = await submitApplication(
      db,
      { service: 'remote-care', person: zhang, answers, idempotencyKey: 'r2', actor: self(zhang) },
      atShanghaiTime('2027-06-01', 10, 0),
      calendar,
    );
    expect(application.status).toBe('completed');
  });
});

describe('模拟经办 settlements (002 第5、8条)', () => {
  it('at the filed place: the first sets the first-cost date and locks change/cancel of a 跨省 long-term filing until 6 months from its start', async () => {
    const start = '2026-11-30';
    const answers = { ...base, category: 'long-term', reason: 'long-term-residence', startDate: start, commitment: 'promise', contactPhone: zhangWei.phone };
    await submitApplication(
      db,
      { service: 'remote-care', person: zhangWei, answers, idempotencyKey: 'w1', actor: self(zhangWei) },
      atShanghaiTime(start, 10, 0),
      calendar,
    );
    const filing = await inForce(zhangWei.id);
    expect(filing).toMatchObject({ basis: 'promise', scope: 'inter-province', firstCostDate: null });
    await recordFilingSettlement(
      db,
      { personId: zhangWei.id, filingId: filing.id, place: 'filed-place', date: '2026-12-05', amountFen: 120_000 },
      atShanghaiTime('2026-12-06', 10, 0),
    );
    await recordFilingSettlement(
      db,
      { personId: zhangWei.id, filingId: filing.id, place: 'filed-place', date: '2026-12-03', amountFen: 5_000 },
      atShanghaiTime('2026-12-06', 10, 0),
    );
    expect(await inForce(zhangWei.id)).toMatchObject({ firstCostDate: '2026-12-03', lastCostDate: '2026-12-05' });
    const error = await cancelRemoteFiling(db, zhangWei, filing.id, self(zhangWei), atShanghaiTime('2027-05-29', 10, 0)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).params).toEqual({ date: '2027-05-30' });
  });

  it('refuses a settlement outside the filing or in the future, as a 4xx refusal', async () => {
    const filing = await inForce(zhangWei.id);
    const at = atShanghaiTime('2026-12-06', 10, 0);
    for (const [date, code] of [
      ['2026-11-29', 'settlement-outside-filing'],
      ['2026-12-07', 'settlement-in-future'],
    ] as const) {
      const error = await recordFilingSettlement(db, { personId: zhangWei.id, filingId: filing.id, place: 'home', date, amountFen: 100 }, at).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe(code);
      expect((error as DomainError).status).toBe(422);
    }
    const other = await recordFilingSettlement(db, { personId: zhang.id, filingId: filing.id, place: 'home', date: '2026-12-05', amountFen: 100 }, at).catch(
      (e: unknown) => e,
    );
    expect((other as DomainError).code).toBe('settlement-no-filing');
  });

  it('back home within 6 months by promise: 临时外出就医 rates, with an SMS saying why; after proof: home rates', async () => {
    const filing = await inForce(zhangWei.id);
    // 002 第8条: "单纯采用个人承诺方式办理长期异地居住人员备案返回参保地就医的，按‘临时外出就医人员’医保待遇政策执行。"
    const first = await recordFilingSettlement(
      db,
      { personId: zhangWei.id, filingId: filing.id, place: 'home', date: '2026-12-06', amountFen: 86_050 },
      atShanghaiTime('2026-12-06', 15, 0),
    );
    expect(first.rateCategory).toBe('temporary');
    const why = await smsTo(zhangWei.phone, 'homeCareTemporaryRates');
    expect(why).toHaveLength(1);
    expect(why[0]?.body).toContain('860.50 元已按“临时外出就医”的待遇结算');
    expect(why[0]?.body).toContain('2027年5月30日 前');
    // 002 第8条: "通过提交备案就医地户籍证明、居住证或单位工作证明等材料，可享受参保地医保待遇。"
    const photo = await saveUpload(db, zhangWei.id, PNG);
    await db
      .update(remoteFilings)
      .set({ proofUploadIds: [photo.id] })
      .where(eq(remoteFilings.id, filing.id));
    expect(await addFilingProof(db, zhangWei, filing.id, atShanghaiTime('2026-12-08', 10, 0))).toEqual({ proofSince: '2026-12-08' });
    expect(await smsTo(zhangWei.phone, 'filingProofAdded')).toHaveLength(1);
    const later = await recordFilingSettlement(
      db,
      { personId: zhangWei.id, filingId: filing.id, place: 'home', date: '2026-12-08', amountFen: 1_000 },
      atShanghaiTime('2026-12-08', 15, 0),
    );
    expect(later.rateCategory).toBe('local');
    expect(await smsTo(zhangWei.phone, 'homeCareLocalRates')).toHaveLength(1);
    const rows = await db.select().from(filingSettlements).where(eq(filingSettlements.filingId, filing.id));
    expect(rows.map((r) => [r.place, r.rateCategory])).toEqual(
      expect.arrayContaining([
        ['filed-place', 'filed-place'],
        ['home', 'temporary'],
        ['home', 'local'],
      ]),
    );
  });

  it('proof is refused for a temporary filing and when already given', async () => {
    const filing = await inForce(zhangWei.id);
    const again = await addFilingProof(db, zhangWei, filing.id, atShanghaiTime('2026-12-09', 10, 0)).catch((e: unknown) => e);
    expect((again as DomainError).code).toBe('proof-already-given');
    const temporary = await inForce(zhang.id, '2027-06-02');
    const none = await addFilingProof(db, zhang, temporary.id, atShanghaiTime('2027-06-02', 10, 0)).catch((e: unknown) => e);
    expect((none as DomainError).code).toBe('proof-not-needed');
  });
});

describe('proxy cancellation tells the elder who did it', () => {
  it('a relative is named with the relation; staff by 工号', async () => {
    const expired = await db
      .select()
      .from(remoteFilings)
      .where(and(eq(remoteFilings.personId, zhang.id), eq(remoteFilings.endDate, '2027-05-30')));
    const gone = await cancelRemoteFiling(db, zhang, expired[0]!.id, self(zhang), atShanghaiTime('2027-06-03', 10, 0)).catch((e: unknown) => e);
    expect((gone as DomainError).code).toBe('not-found');
    const temporary = await inForce(zhang.id, '2027-06-03');
    const relative = {
      kind: 'family' as const,
      id: zhangWei.id,
      channel: 'online' as const,
      actedBy: { kind: 'relative' as const, linkId: 'l1', name: '张伟', relation: 'child', gender: 'male' as const },
    };
    await cancelRemoteFiling(db, zhang, temporary.id, relative, atShanghaiTime('2027-06-03', 10, 0));
    const [sms] = await smsTo(zhang.phone, 'filingCancelledByRelative');
    expect(sms?.body).toContain('您的家属“张伟”（儿子）为您取消了异地就医备案');
    const answers = { ...base, category: 'temporary', reason: 'referral', startDate: '2027-06-04', commitment: 'promise' };
    await submitApplication(
      db,
      { service: 'remote-care', person: zhang, answers, idempotencyKey: 'r3', actor: self(zhang) },
      atShanghaiTime('2027-06-04', 10, 0),
      calendar,
    );
    await cancelRemoteFiling(
      db,
      zhang,
      (await inForce(zhang.id, '2027-06-05')).id,
      { kind: 'staff', id: 'S1001', channel: 'phone' },
      atShanghaiTime('2027-06-05', 10, 0),
    );
    const [bystaff] = await smsTo(zhang.phone, 'filingCancelledByStaff');
    expect(bystaff?.body).toContain('工号 S1001');
    expect(await smsTo(zhang.phone, 'filingCancelled')).toHaveLength(0);
  });
});
