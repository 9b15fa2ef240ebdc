import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import { openTestDb, personRow } from '@/tests/helpers/test-db';
import type { Db } from '@/lib/db/client';
import { auditEvents, rateLimits, smsMessages, staff } from '@/lib/db/schema';
import type { PersonRow } from '@/lib/db/types';
import { DEMO_IDS } from '@/lib/data/demo-people';
import { demoStaff } from '@/lib/data/demo-staff';
import { activeLinkFor, revokeLink } from '@/lib/family/links';
import { createLinkByStaff } from '@/lib/family/staff-links';
import { BUDGETS } from '@/lib/security/budgets';
import { isSpent, spend } from '@/lib/security/rate-limit';
import { consentGrantsFor, consentMethod, endConsentGrant } from '@/lib/staff/consent-grants';
import { recordInPersonCheck } from '@/lib/staff/in-person';
import { confirmSecondStaff } from '@/lib/staff/second-staff';
import type { StaffRow } from '@/lib/staff/sign-in';

// Issue 14.7: a station's in-person consent is the 身份证号 read from the card, checked against the
// person; the elder is told at once and can end it; long links need a second staff member.
const T = new Date('2026-11-10T02:00:00.000Z');
const MIN = 60_000;
const at = (ms: number) => new Date(T.getTime() + ms);
const CLIENT = '198.51.100.40';

let db: Db;
let close: () => Promise<void>;
let gui: PersonRow;
let wang: PersonRow;
let li: PersonRow;
let zhao: StaffRow;
let qian: StaffRow;
let sun: StaffRow;

async function member(staffNo: string): Promise<StaffRow> {
  const [row] = await db.select().from(staff).where(eq(staff.staffNo, staffNo));
  if (!row) throw new Error(staffNo);
  return row;
}

async function smsTo(phone: string, template: string) {
  return db
    .select()
    .from(smsMessages)
    .where(and(eq(smsMessages.phone, phone), eq(smsMessages.template, template)))
    .orderBy(desc(smsMessages.id));
}

async function auditOf(personId: string, action: string) {
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.subjectPersonId, personId), eq(auditEvents.action, action)))
    .orderBy(desc(auditEvents.id));
}

beforeAll(async () => {
  ({ db, close } = await openTestDb());
  gui = await personRow(db, DEMO_IDS.zhangGuilan);
  wang = await personRow(db, DEMO_IDS.wangJianguo);
  li = await personRow(db, DEMO_IDS.liXiuying);
  zhao = await member('ZD2001');
  qian = await member('ZD2002');
  sun = await member('KF1001');
});
afterAll(async () => close());
// Budgets count in real time: each test starts them afresh and moves only Date.
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: T });
  await db.delete(rateLimits);
});
afterEach(() => vi.useRealTimers());

describe('the in-person ID check', () => {
  it('refuses a number that is not the person’s, counts it per staff member and person, and locks after five', async () => {
    // 王建国's own number typed for 张桂兰: a real, well-formed number, but not hers.
    await expect(recordInPersonCheck(db, zhao, gui, wang.idNumber, T)).rejects.toMatchObject({
      code: 'staff-id-mismatch',
      status: 400,
      params: { triesLeft: 4 },
    });
    expect((await isSpent(db, 'inPersonIdFailuresPerPair', `${zhao.id}:${gui.id}`)).consumed).toBe(1);
    expect(await consentMethod(db, zhao.id, gui.id, T)).toBeNull();
    const [denied] = await auditOf(gui.id, 'in-person-id-mismatch');
    expect(denied).toMatchObject({ outcome: 'denied', detail: { staffNo: 'ZD2001', idNumber: '3707**********0018' } });
    // The refusal names no digit and no field of the person's record.
    for (let left = 3; left >= 1; left--) {
      await expect(recordInPersonCheck(db, zhao, gui, wang.idNumber, T)).rejects.toMatchObject({ code: 'staff-id-mismatch', params: { triesLeft: left } });
    }
    await expect(recordInPersonCheck(db, zhao, gui, wang.idNumber, T)).rejects.toMatchObject({ code: 'staff-id-locked', status: 429 });
    // Locked: even the right number is refused now, for this staff member and person only.
    await expect(recordInPersonCheck(db, zhao, gui, gui.idNumber, T)).rejects.toMatchObject({
      code: 'staff-id-locked',
      status: 429,
      params: { unit: 'hours' },
    });
    expect(await consentMethod(db, zhao.id, gui.id, T)).toBeNull();
    await recordInPersonCheck(db, qian, gui, gui.idNumber, T);
    expect(await consentMethod(db, qian.id, gui.id, T)).toBe('in-person');
    // The lock lasts its day.
    vi.setSystemTime(T.getTime() + BUDGETS.inPersonIdFailuresPerPair.blockSeconds * 1000 + MIN);
    await recordInPersonCheck(db, zhao, gui, gui.idNumber, at(25 * 60 * MIN));
    expect(await consentMethod(db, zhao.id, gui.id, at(25 * 60 * MIN))).toBe('in-person');
  });

  it('parallel wrong numbers get no more than five tries', async () => {
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => recordInPersonCheck(db, zhao, li, wang.idNumber, T)));
    const codes = results.map((r) => (r.status === 'rejected' ? (r.reason as { code: string }).code : 'granted'));
    expect(codes.filter((c) => c === 'staff-id-mismatch')).toHaveLength(4);
    expect(codes.filter((c) => c === 'staff-id-locked')).toHaveLength(4);
  });

  it('one staff member’s wrong numbers across many residents are capped too', async () => {
    for (let i = 0; i < BUDGETS.inPersonIdFailuresPerStaff.points; i++) await spend(db, 'inPersonIdFailuresPerStaff', zhao.id);
    await expect(recordInPersonCheck(db, zhao, li, li.idNumber, T)).rejects.toMatchObject({ code: 'staff-id-locked', status: 429 });
  });

  it('a number that cannot be anyone’s is a typo: said as such and not counted', async () => {
    await expect(recordInPersonCheck(db, zhao, gui, '37010219480315002', T)).rejects.toMatchObject({ code: 'id-format', status: 400 });
    await expect(recordInPersonCheck(db, zhao, gui, '370102194803150021', T)).rejects.toMatchObject({ code: 'id-checksum', status: 400 });
    expect((await isSpent(db, 'inPersonIdFailuresPerPair', `${zhao.id}:${gui.id}`)).consumed).toBe(0);
  });

  it('the right number (spaces and a small x allowed) grants 30 minutes; the audit keeps method, 工号, station and the number masked', async () => {
    await recordInPersonCheck(db, zhao, gui, ' 370102 19480315 002x ', T);
    expect(await consentMethod(db, zhao.id, gui.id, at(29 * MIN))).toBe('in-person');
    expect(await consentMethod(db, zhao.id, gui.id, at(31 * MIN))).toBeNull();
    const [grant] = await auditOf(gui.id, 'consent-verified');
    expect(grant).toMatchObject({
      actorKind: 'staff',
      actorId: zhao.id,
      outcome: 'allowed',
      detail: { method: 'in-person', staffNo: 'ZD2001', station: '历下区甸柳庄社区医保服务站', idNumber: '3701**********002X', smsBudget: 'within' },
    });
    expect(JSON.stringify(grant?.detail)).not.toContain(gui.idNumber);
    // A right number gives its reserved tries back.
    expect((await isSpent(db, 'inPersonIdFailuresPerPair', `${zhao.id}:${gui.id}`)).consumed).toBe(0);
  });

  it('tells the elder by SMS at once: station, 工号, time, and how to undo it', async () => {
    const before = (await smsTo(gui.phone, 'staffInPersonCheck')).length;
    await recordInPersonCheck(db, zhao, gui, gui.idNumber, T);
    const sms = await smsTo(gui.phone, 'staffInPersonCheck');
    expect(sms).toHaveLength(before + 1);
    expect(sms[0]?.body).toBe(
      '【中国医疗保障】历下区甸柳庄社区医保服务站的工作人员（工号 ZD2001）11月10日 10:00 核对了您的身份证，30 分钟内可以为您办理医保业务。如果不是您本人在场，请拨打 12393，或登录“医保长辈版”在“亲情账户”里取消授权。',
    );
  });

  it('still records the check and still tells the elder when the phone’s SMS budget is spent (and says so in the audit)', async () => {
    for (let i = 0; i < BUDGETS.smsToPhoneHourly.points; i++) await spend(db, 'smsToPhoneHourly', li.phone);
    const before = (await smsTo(li.phone, 'staffInPersonCheck')).length;
    await recordInPersonCheck(db, zhao, li, li.idNumber, T);
    expect(await consentMethod(db, zhao.id, li.id, T)).toBe('in-person');
    expect(await smsTo(li.phone, 'staffInPersonCheck')).toHaveLength(before + 1);
    expect((await auditOf(li.id, 'consent-verified'))[0]?.detail).toMatchObject({ smsBudget: 'over' });
  });

  it('is for station staff only', async () => {
    await expect(recordInPersonCheck(db, sun, gui, gui.idNumber, T)).rejects.toMatchObject({ code: 'staff-role', status: 403 });
    expect(await consentMethod(db, sun.id, gui.id, T)).toBeNull();
  });
});

describe('a 亲情账户 link made on an in-person check', () => {
  const input = (phone: string, months: number) => ({ phone, relation: 'child' as const, act: ['chronic'], months, method: 'in-person' as const });

  it('longer than 3 months is refused without a second staff member', async () => {
    await expect(createLinkByStaff(db, zhao, wang, input('13700000301', 12), T)).rejects.toMatchObject({
      code: 'staff-second-required',
      status: 400,
      params: { months: 3 },
    });
    expect(await activeLinkFor(db, wang.id, '13700000301', T)).toBeNull();
  });

  it('3 months or less needs one staff member; the link records who made it', async () => {
    const link = await createLinkByStaff(db, zhao, wang, input('13700000302', 3), T);
    expect(link).toMatchObject({ status: 'active', madeByStaffNo: 'ZD2001', madeAtStation: '历下区甸柳庄社区医保服务站', secondStaffNo: null });
  });

  it('with the second member of the same station (their own password) it is made; both 工号 are on the link, in the audit and in the SMS', async () => {
    const second = await confirmSecondStaff(db, zhao, 'ZD2002', demoStaff[3]!.password, CLIENT);
    expect(second.staffNo).toBe('ZD2002');
    const link = await createLinkByStaff(db, zhao, wang, input('13700000303', 24), T, second);
    expect(link).toMatchObject({ status: 'active', madeByStaffNo: 'ZD2001', secondStaffNo: 'ZD2002' });
    const [made] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.linkId, link.id), eq(auditEvents.action, 'link-by-staff')));
    expect(made?.detail).toMatchObject({ staffNo: 'ZD2001', secondStaffNo: 'ZD2002', method: 'in-person', months: 24 });
    expect((await smsTo(wang.phone, 'familyLinkedByStaff'))[0]?.body).toContain('工号 ZD2001、ZD2002');
  });

  it('refuses the same 工号 twice, before any password is tried', async () => {
    await expect(confirmSecondStaff(db, zhao, 'ZD2001', demoStaff[1]!.password, CLIENT)).rejects.toMatchObject({ code: 'staff-second-same', status: 400 });
    expect((await isSpent(db, 'staffFailuresPerNo', 'ZD2001')).consumed).toBe(0);
    await expect(createLinkByStaff(db, zhao, wang, input('13700000304', 12), T, zhao)).rejects.toMatchObject({ code: 'staff-second-same' });
  });

  it('a wrong password is counted in the staff lock-out budgets; five lock the 工号 from that address', async () => {
    await expect(confirmSecondStaff(db, zhao, 'ZD2002', 'guess', CLIENT)).rejects.toMatchObject({ code: 'staff-second-wrong', status: 400 });
    expect((await isSpent(db, 'staffFailuresPerNo', 'ZD2002')).consumed).toBe(1);
    for (let i = 1; i < BUDGETS.staffFailuresPerClient.points - 1; i++)
      await expect(confirmSecondStaff(db, zhao, 'ZD2002', 'guess', CLIENT)).rejects.toMatchObject({ code: 'staff-second-wrong' });
    await expect(confirmSecondStaff(db, zhao, 'ZD2002', 'guess', CLIENT)).rejects.toMatchObject({ code: 'staff-second-locked', status: 429 });
    await expect(confirmSecondStaff(db, zhao, 'ZD2002', demoStaff[3]!.password, CLIENT)).rejects.toMatchObject({ code: 'staff-second-locked' });
  });

  it('an unknown 工号 is "wrong" like a wrong password; an account of another kind or station cannot confirm', async () => {
    await expect(confirmSecondStaff(db, zhao, 'ZD2999', 'guess', CLIENT)).rejects.toMatchObject({ code: 'staff-second-wrong' });
    await expect(confirmSecondStaff(db, zhao, 'KF1001', demoStaff[0]!.password, CLIENT)).rejects.toMatchObject({ code: 'staff-second-station', status: 400 });
    await expect(confirmSecondStaff(db, zhao, 'ZD2002', '', CLIENT)).rejects.toMatchObject({ code: 'staff-password-required' });
  });

  it('after the elder’s own consent code one staff member may make a long link', async () => {
    const link = await createLinkByStaff(db, sun, li, { ...input('13700000305', 12), method: 'consent-code' }, T);
    expect(link).toMatchObject({ status: 'active', madeByStaffNo: 'KF1001', madeAtStation: null });
  });
});

describe('the elder undoes it', () => {
  it('ends an active in-person consent: the staff member loses access at once; a new check needs a new ID check and SMS', async () => {
    await recordInPersonCheck(db, zhao, wang, wang.idNumber, T);
    const grants = await consentGrantsFor(db, wang.id, at(MIN));
    const grant = grants.find((g) => g.staffNo === 'ZD2001' && g.state === 'active');
    expect(grant).toMatchObject({ method: 'in-person', station: '历下区甸柳庄社区医保服务站' });
    // Nobody else can end it.
    await expect(endConsentGrant(db, gui, grant!.id, at(MIN))).rejects.toMatchObject({ code: 'not-found', status: 404 });
    await endConsentGrant(db, wang, grant!.id, at(2 * MIN));
    expect(await consentMethod(db, zhao.id, wang.id, at(2 * MIN))).toBeNull();
    expect((await consentGrantsFor(db, wang.id, at(3 * MIN))).find((g) => g.id === grant!.id)?.state).toBe('ended');
    await expect(endConsentGrant(db, wang, grant!.id, at(3 * MIN))).rejects.toMatchObject({ code: 'staff-consent-not-active', status: 409 });
    const [ended] = await auditOf(wang.id, 'consent-ended');
    expect(ended).toMatchObject({ actorKind: 'resident', actorId: wang.id, detail: { staffId: zhao.id, staffNo: 'ZD2001', grantId: grant!.id } });

    await recordInPersonCheck(db, zhao, wang, wang.idNumber, at(4 * MIN));
    expect(await consentMethod(db, zhao.id, wang.id, at(4 * MIN))).toBe('in-person');
  });

  it('an older grant of the same staff member does not come back when the newest is ended', async () => {
    await recordInPersonCheck(db, qian, li, li.idNumber, T);
    await recordInPersonCheck(db, qian, li, li.idNumber, at(MIN));
    const [newest, older] = (await consentGrantsFor(db, li.id, at(2 * MIN))).filter((g) => g.staffNo === 'ZD2002');
    expect([newest?.state, older?.state]).toEqual(['active', 'past']);
    await endConsentGrant(db, li, newest!.id, at(2 * MIN));
    expect(await consentMethod(db, qian.id, li.id, at(3 * MIN))).toBeNull();
  });

  it('revokes a link a station made: the relative can no longer act', async () => {
    const second = await confirmSecondStaff(db, zhao, 'ZD2002', demoStaff[3]!.password, CLIENT);
    const link = await createLinkByStaff(
      db,
      zhao,
      gui,
      { phone: '13700000306', relation: 'child', act: ['transfer'], months: 12, method: 'in-person' },
      T,
      second,
    );
    expect((await activeLinkFor(db, gui.id, '13700000306', at(MIN)))?.id).toBe(link.id);
    await revokeLink(db, gui, link.id, at(2 * MIN));
    expect(await activeLinkFor(db, gui.id, '13700000306', at(3 * MIN))).toBeNull();
  });
});
