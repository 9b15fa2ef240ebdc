import { existsSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { openTestDb, personRow } from '@/tests/helpers/test-db';
import type { Db } from '@/lib/db/client';
import { appSettings, applicationEvents, applications, smsMessages, staff } from '@/lib/db/schema';
import { seedDemoData } from '@/lib/demo/seed';
import type { ApplicationRow, PersonRow } from '@/lib/db/types';
import { DEMO_IDS } from '@/lib/data/demo-people';
import { demoStaff } from '@/lib/data/demo-staff';
import { HOSPITAL_INITIATED_DISEASES } from '@/lib/data/hospital-initiated';
import { startHospitalApplication, type HospitalFiling } from '@/lib/jingban/hospital-initiated';
import { registerInNewCity } from '@/lib/jingban/new-city';
import { loadFlowContext } from '@/lib/jingban/flow-facts';
import { runDueReviews } from '@/lib/jingban/scheduler';
import { canTransition } from '@/lib/jingban/status';
import { createWorkingCalendar } from '@/lib/calendar/working-days';
import { describeOutcome } from '@/lib/services/describe';
import { validateAll, validateStep } from '@/lib/services/engine';
import { flowFor } from '@/lib/services/flows';
import { transferFlow } from '@/lib/services/transfer/flow';
import { transfersWithoutApplying } from '@/lib/services/transfer/policy';
import { decideAtDesk, reviewQueue } from '@/lib/staff/reviews';
import type { StaffRow } from '@/lib/staff/sign-in';
import { atShanghaiTime } from '@/lib/time/dates';

// The dev routes run here against the test database; lib/api/server.ts is marked server-only.
vi.mock('server-only', () => ({}));
const ctx = vi.hoisted(() => ({ db: null as unknown, now: new Date(), calendar: null as unknown }));
vi.mock('@/lib/server/context', () => ({ appContext: async () => ({ db: ctx.db, now: ctx.now, calendar: ctx.calendar }) }));

const calendar = createWorkingCalendar();
// Monday 2026-11-30, 10:00 in Shanghai: a working day before the 17:00 cut-off.
const T = atShanghaiTime('2026-11-30', 10, 0);
const CUTOFF = atShanghaiTime('2026-11-30', 17, 0);
const BINZHOU_L3 = 'H37160200001'; // 滨州市人民医院, chronic care
const WEIFANG_L3 = 'H37070500001'; // 潍坊市人民医院, chronic care
const JINAN_QILU = 'H37010200001'; // 济南: not 李秀英's 统筹区

let db: Db;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ db, close } = await openTestDb());
  Object.assign(ctx, { db, now: T, calendar });
});

afterAll(async () => {
  await close();
});

const person = (id: string): Promise<PersonRow> => personRow(db, id);
async function app(id: string): Promise<ApplicationRow> {
  const [a] = await db.select().from(applications).where(eq(applications.id, id));
  if (!a) throw new Error(`no application ${id}`);
  return a;
}
const eventsOf = (id: string) => db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, id)).orderBy(asc(applicationEvents.id));
const smsOf = (id: string) => db.select().from(smsMessages).where(eq(smsMessages.applicationId, id)).orderBy(asc(smsMessages.id));

// 鲁医保办发〔2023〕14号 (seed 002) 第12条.
const ART12 =
  '002 第12条: "对器官移植术后抗排异、恶性肿瘤放化疗等病种，参保群众出院结算后，由医疗机构直接发起门诊慢性病待遇认定，属地医保经办机构线上确认，参保群众即可享受门诊慢特病待遇。"';

describe(`免申即享 门诊慢特病 — ${ART12}`, () => {
  it('the list in lib/data names exactly the two diseases of the article', () => {
    expect(HOSPITAL_INITIATED_DISEASES.map((d) => d.name)).toEqual(['器官移植抗排异', '恶性肿瘤']);
  });

  type Case = { quote: string; filing: HospitalFiling; refused: string | null };
  const cases: Case[] = [
    {
      quote: '器官移植术后抗排异 → 由医疗机构直接发起 (居民)',
      filing: { personId: DEMO_IDS.liXiuying, diseaseCode: 'M08300', hospitalCode: BINZHOU_L3, dischargeDate: '2026-11-29' },
      refused: null,
    },
    {
      quote: '恶性肿瘤放化疗 → 由医疗机构直接发起 (职工)',
      filing: { personId: DEMO_IDS.wangJianguo, diseaseCode: 'M00500', hospitalCode: WEIFANG_L3, dischargeDate: '2026-11-30' },
      refused: null,
    },
    {
      quote: '"等病种" is not a licence for every disease: 高血压 is applied for by the person',
      filing: { personId: DEMO_IDS.zhangGuilan, diseaseCode: 'M03900', hospitalCode: 'H37010200001', dischargeDate: '2026-11-29' },
      refused: 'hospital-disease-not-listed',
    },
    {
      quote: '肾透析 is high-cost but not named in 第12条',
      filing: { personId: DEMO_IDS.liXiuying, diseaseCode: 'M07803', hospitalCode: BINZHOU_L3, dischargeDate: '2026-11-29' },
      refused: 'hospital-disease-not-listed',
    },
    {
      quote: '参保群众: someone with no insurance record is refused',
      filing: { personId: 'not-insured-person', diseaseCode: 'M00500', hospitalCode: BINZHOU_L3, dischargeDate: '2026-11-29' },
      refused: 'hospital-not-insured',
    },
    {
      quote: '属地: a hospital of another 统筹区 is refused',
      filing: { personId: DEMO_IDS.liXiuying, diseaseCode: 'M08300', hospitalCode: JINAN_QILU, dischargeDate: '2026-11-28' },
      refused: 'hospital-not-chronic-care',
    },
    {
      quote: '出院结算后: a discharge tomorrow is refused',
      filing: { personId: DEMO_IDS.zhangWei, diseaseCode: 'M00500', hospitalCode: 'H37010200001', dischargeDate: '2026-12-01' },
      refused: 'hospital-discharge-date',
    },
    {
      quote: '李秀英 already has 恶性肿瘤 (the seeded case): no second application',
      filing: { personId: DEMO_IDS.liXiuying, diseaseCode: 'M00500', hospitalCode: BINZHOU_L3, dischargeDate: '2026-11-29' },
      refused: 'hospital-duplicate',
    },
  ];

  it.each(cases)('$quote → $refused', async ({ filing, refused }) => {
    const attempt = startHospitalApplication(db, filing, T, calendar);
    if (refused) {
      await expect(attempt).rejects.toMatchObject({ code: refused });
      return;
    }
    const { application, created } = await attempt;
    expect(created).toBe(true);
    expect(application).toMatchObject({
      status: 'pending-confirmation',
      channel: 'hospital',
      actorKind: 'hospital',
      actorId: filing.hospitalCode,
      reviewMode: 'hospital-initiated',
      expectedBy: '2026-11-30',
    });
    expect(application.plan).toEqual([
      { at: CUTOFF.toISOString(), action: 'confirm' },
      { at: CUTOFF.toISOString(), action: 'decide' },
    ]);
    expect((await eventsOf(application.id)).map((e) => [e.kind, e.toStatus, e.actorKind, e.channel])).toEqual([
      ['hospital-initiated', 'pending-confirmation', 'hospital', 'hospital'],
    ]);
    const sms = await smsOf(application.id);
    expect(sms.map((m) => m.template)).toEqual(['hospitalApplied']);
    expect(sms[0]!.body).toContain(application.number);
    expect(sms[0]!.body).toContain('您不用做什么');
    expect(sms[0]!.body).toContain('12393');
  });

  it('the same filing posted twice makes one application', async () => {
    const filing = { personId: DEMO_IDS.liXiuying, diseaseCode: 'M08300', hospitalCode: BINZHOU_L3, dischargeDate: '2026-11-29' };
    const again = await startHospitalApplication(db, filing, T, calendar);
    expect(again.created).toBe(false);
    expect(await smsOf(again.application.id)).toHaveLength(1);
  });

  it('the insured person cannot confirm or skip anything: no person-side transition, no confirm route', () => {
    expect(canTransition('pending-confirmation', 'submitted')).toBe(false);
    expect(canTransition('pending-confirmation', 'completed')).toBe(false);
    expect(existsSync('app/api/applications/[id]/confirm')).toBe(false);
  });

  it('her own flow does not say "您已经申请过了" for a disease the hospital applied for', async () => {
    const li = await person(DEMO_IDS.liXiuying);
    const facts = await loadFlowContext(db, li, 'chronic', T);
    const answers = { diseaseCode: 'M08300', hospitalCode: BINZHOU_L3, evidence: [crypto.randomUUID()], contactPhone: li.phone };
    expect(validateAll(flowFor('chronic')!, answers, facts)).toEqual({ ok: false, step: 'diseaseCode', refusal: { code: 'chronic-duplicate-hospital' } });
    // Her own 高血压 application: that one she did make.
    expect(validateAll(flowFor('chronic')!, { ...answers, diseaseCode: 'M03900' }, facts)).toEqual({
      ok: false,
      step: 'diseaseCode',
      refusal: { code: 'chronic-duplicate' },
    });
  });

  it('属地医保经办机构线上确认: nothing before the cut-off; then the scheduler confirms and recognises it, an SMS for each', async () => {
    const [pending] = await db
      .select()
      .from(applications)
      .where(and(eq(applications.personId, DEMO_IDS.liXiuying), eq(applications.status, 'pending-confirmation')));
    expect(pending).toBeTruthy();
    await runDueReviews(db, new Date(CUTOFF.getTime() - 1), calendar);
    expect((await app(pending!.id)).status).toBe('pending-confirmation');

    await runDueReviews(db, CUTOFF, calendar);
    const row = await app(pending!.id);
    expect(row).toMatchObject({ status: 'completed', nextActionAt: null });
    expect(row.outcome).toMatchObject({
      outcome: 'approved',
      diseaseCode: 'M08300',
      benefit: { insuranceType: 'resident', ratePercent: 65, annualLimitYuan: 3000 },
    });
    expect((await eventsOf(row.id)).map((e) => [e.kind, e.fromStatus, e.toStatus, e.actorKind])).toEqual([
      ['hospital-initiated', null, 'pending-confirmation', 'hospital'],
      ['jingban-confirmed', 'pending-confirmation', 'accepted', 'system'],
      ['completed', 'accepted', 'completed', 'system'],
    ]);
    const sms = await smsOf(row.id);
    expect(sms.map((m) => m.template)).toEqual(['hospitalApplied', 'jingbanConfirmed', 'completed']);
    expect(sms[1]!.body).toContain('医保经办机构已确认');
    expect(sms[2]!.body).toContain('门诊慢特病待遇已生效：门诊费用报销 65%');

    // A second confirmation changes nothing: the scheduler finds nothing due, the desk is told it is decided.
    const before = await app(row.id);
    expect(await runDueReviews(db, new Date(CUTOFF.getTime() + 86_400_000), calendar)).toMatchObject({ advanced: 0 });
    const [worker] = await db.select().from(staff).where(eq(staff.staffNo, demoStaff[2]!.staffNo));
    await expect(decideAtDesk(db, worker as StaffRow, row.id, row.version, { decision: 'approve' }, CUTOFF, calendar)).rejects.toMatchObject({
      code: 'already-decided',
    });
    expect(await app(row.id)).toEqual(before);
    expect(await smsOf(row.id)).toHaveLength(3);
  });

  it('or the review desk confirms it: 医保经办机构确认 and 已认定 by the case worker; a refusal ends it without her', async () => {
    const [worker] = (await db.select().from(staff).where(eq(staff.staffNo, demoStaff[2]!.staffNo))) as StaffRow[];
    // (王建国's 恶性肿瘤 was confirmed by the scheduler above: his 器官移植抗排异, filed now, waits on the desk.)
    const filed = await startHospitalApplication(
      db,
      { personId: DEMO_IDS.wangJianguo, diseaseCode: 'M08300', hospitalCode: WEIFANG_L3, dischargeDate: '2026-11-30' },
      T,
      calendar,
    );
    const wang = await reviewQueue(db).then((q) => q.find((i) => i.application.id === filed.application.id));
    expect(wang?.application.status).toBe('pending-confirmation');
    const done = await decideAtDesk(db, worker!, wang!.application.id, wang!.application.version, { decision: 'approve' }, T, calendar);
    expect(done.status).toBe('completed');
    // 职工 退休: 85 % + 5 %, the limit shared with inpatient care and never given a number.
    expect(done.outcome).toMatchObject({ benefit: { insuranceType: 'employee', ratePercent: 90, annualLimitYuan: null } });
    expect((await eventsOf(done.id)).map((e) => [e.kind, e.actorKind])).toEqual([
      ['hospital-initiated', 'hospital'],
      ['jingban-confirmed', 'staff'],
      ['completed', 'staff'],
    ]);
    expect((await smsOf(done.id)).map((m) => m.template)).toEqual(['hospitalApplied', 'jingbanConfirmed', 'completed']);

    const { application } = await startHospitalApplication(
      db,
      { personId: DEMO_IDS.zhangWei, diseaseCode: 'M08300', hospitalCode: 'H37010200001', dischargeDate: '2026-11-30' },
      T,
      calendar,
    );
    const refused = await decideAtDesk(db, worker!, application.id, application.version, { decision: 'refuse', reason: 'other' }, T, calendar);
    expect(refused.status).toBe('rejected');
    expect((await smsOf(application.id)).map((m) => m.template)).toEqual(['hospitalApplied', 'rejected']);
  });

  it('the seeded 李秀英 恶性肿瘤 case shows the three stages, each with its SMS', async () => {
    const rows = await db.select().from(applications).where(eq(applications.personId, DEMO_IDS.liXiuying));
    const seeded = rows.find((r) => r.answers.diseaseCode === 'M00500');
    expect(seeded).toMatchObject({ status: 'completed', channel: 'hospital', actorKind: 'hospital' });
    expect((await eventsOf(seeded!.id)).map((e) => e.kind)).toEqual(['hospital-initiated', 'jingban-confirmed', 'completed']);
    expect((await smsOf(seeded!.id)).map((m) => m.template)).toEqual(['hospitalApplied', 'jingbanConfirmed', 'completed']);
  });
});

// 鲁医保办发〔2023〕14号 (seed 002) 第9条.
const ART9 = '002 第9条: "完善职工医保关系转移接续业务模块…对省内异地参保缴费信息进行自动抓取，实现省内医保关系转移接续“免申即享”。"';

describe(`省内 转移接续 免申即享 — ${ART9}`, () => {
  it.each([
    ['职工, 省内 → starts by itself', 'employee', '370000', true],
    ['居民, 省内 → still applies', 'resident', '370000', false],
    ['职工, 跨省 → still applies', 'employee', '110000', false],
    ['居民, 跨省 → still applies', 'resident', '110000', false],
  ] as const)('%s', (_name, insuranceType, province, automatic) => {
    expect(transfersWithoutApplying(insuranceType, province)).toBe(automatic);
  });

  it.each([
    ['职工 choosing 山东省 is told it happens without applying', DEMO_IDS.zhangWei, '370000', { ok: false, refusal: { code: 'transfer-intra-automatic' } }],
    ['职工 choosing another province applies as before', DEMO_IDS.zhangWei, '110000', { ok: true }],
    ['居民 choosing 山东省 applies as before', DEMO_IDS.zhangGuilan, '370000', { ok: true }],
  ] as const)('the flow: %s', async (_name, id, province, expected) => {
    const flowCtx = await loadFlowContext(db, await person(id), 'transfer', T);
    expect(validateStep(transferFlow, 'toProvinceCode', province, {}, flowCtx as never)).toMatchObject(expected);
  });

  it('only a 职工 is told at the start and in the hint; "缴费年限合并计算" is said only for 职工', async () => {
    const zhangWei = await loadFlowContext(db, await person(DEMO_IDS.zhangWei), 'transfer', T);
    const zhangGuilan = await loadFlowContext(db, await person(DEMO_IDS.zhangGuilan), 'transfer', T);
    expect(transferFlow.startNotes?.(zhangWei as never)).toEqual(['noteEmployee', 'yearsEmployee']);
    expect(transferFlow.startNotes?.(zhangGuilan as never)).toEqual([]);
    const place = { toProvinceCode: '370000', toCityCode: '370200' };
    expect(describeOutcome('transfer', { ...place, insuranceType: 'employee' }, 'zh-CN')).toBe('医保关系已经转好（转到山东省青岛市）。缴费年限已合并计算。');
    expect(describeOutcome('transfer', { ...place, insuranceType: 'resident' }, 'zh-CN')).toBe('医保关系已经转好（转到山东省青岛市）。');
  });

  type Case = { name: string; personId: string; regionCode: string; refused: string | null };
  const cases: Case[] = [
    { name: '张伟 (职工 在职, 济南) insured in 青岛 → the transfer starts by itself', personId: DEMO_IDS.zhangWei, regionCode: '370200', refused: null },
    { name: '王建国 (职工 退休, 潍坊) insured in 滨州 → the transfer starts by itself', personId: DEMO_IDS.wangJianguo, regionCode: '371600', refused: null },
    { name: '张桂兰 (居民) → not for 居民: she applies', personId: DEMO_IDS.zhangGuilan, regionCode: '370200', refused: 'newcity-not-employee' },
    { name: '张伟 "insured" in 济南, his own city → no transfer', personId: DEMO_IDS.zhangWei, regionCode: '370100', refused: 'newcity-region' },
    { name: '北京 is 跨省, not 省内 → no automatic start', personId: DEMO_IDS.zhangWei, regionCode: '110100', refused: 'newcity-region' },
    { name: 'no insurance record → refused', personId: 'not-insured-person', regionCode: '370200', refused: 'newcity-not-insured' },
    {
      name: '张伟 in a third city while his transfer is under way → refused',
      personId: DEMO_IDS.zhangWei,
      regionCode: '370700',
      refused: 'newcity-transfer-pending',
    },
  ];

  it.each(cases)('$name', async ({ personId, regionCode, refused }) => {
    const attempt = registerInNewCity(db, { personId, regionCode }, T, calendar);
    if (refused) {
      await expect(attempt).rejects.toMatchObject({ code: refused });
      return;
    }
    const { application, created } = await attempt;
    expect(created).toBe(true);
    expect(application).toMatchObject({ service: 'transfer', status: 'accepted', actorKind: 'system', channel: 'system', reviewMode: 'transfer' });
    expect(application.answers).toMatchObject({ toProvinceCode: '370000', toCityCode: regionCode, _autoStarted: true, registeredOn: '2026-11-30' });
    // 省内: 9 working days.
    expect(application.expectedBy).toBe(calendar.addWorkingDays('2026-11-30', 9).date);
    expect((await eventsOf(application.id)).map((e) => [e.kind, e.actorKind, e.detail])).toEqual([
      ['auto-started', 'system', { regionCode, registeredOn: '2026-11-30' }],
      ['accepted', 'system', null],
    ]);
    const sms = await smsOf(application.id);
    expect(sms.map((m) => m.template)).toEqual(['transferAutoStarted']);
    expect(sms[0]!.body).toContain('已自动开始办理，不用申请');
  });

  it('the same registration twice starts one transfer; when it is done the 职工 hears the years were merged', async () => {
    const again = await registerInNewCity(db, { personId: DEMO_IDS.zhangWei, regionCode: '370200' }, T, calendar);
    expect(again.created).toBe(false);
    await runDueReviews(db, atShanghaiTime('2026-12-31', 12, 0), calendar);
    const row = await app(again.application.id);
    expect(row.status).toBe('completed');
    const sms = await smsOf(row.id);
    expect(sms.map((m) => m.template)).toEqual(['transferAutoStarted', 'stage', 'stage', 'completed']);
    expect(sms[3]!.body).toContain('缴费年限已合并计算');
  });
});

describe('模拟经办 routes (demo mode only)', () => {
  beforeEach(() => {
    vi.stubEnv('DEMO_MODE', 'true');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  async function post(path: string, init: { form?: string; json?: unknown }): Promise<Response> {
    const mod = path.endsWith('hospital-application') ? await import('@/app/api/dev/hospital-application/route') : await import('@/app/api/dev/new-city/route');
    const headers: Record<string, string> = { host: 'localhost:3000' };
    let body: string;
    if (init.form !== undefined) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = init.form;
    } else {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(init.json);
    }
    return mod.POST(
      new NextRequest(`http://localhost:3000${path}`, { method: 'POST', headers: { ...headers, 'sec-fetch-site': 'same-origin' }, body }),
      undefined as never,
    );
  }

  it('a form post files for the patient and goes back to 模拟经办 with the number; a refusal goes back with its code', async () => {
    const form = new URLSearchParams({
      returnTo: '/dev/jingban',
      personId: DEMO_IDS.zhangGuilan,
      diseaseCode: 'M00500',
      hospitalCode: 'H37010200001',
      dischargeDate: '2026-11-30',
    });
    const res = await post('/api/dev/hospital-application', { form: form.toString() });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/^\/dev\/jingban\?hospitalFiled=MT\d{14}$/);
    form.set('diseaseCode', 'M03900');
    const refused = await post('/api/dev/hospital-application', { form: form.toString() });
    expect(refused.headers.get('location')).toBe('/dev/jingban?hospitalFiledError=hospital-disease-not-listed');
    form.set('returnTo', 'https://evil.example/');
    expect((await post('/api/dev/hospital-application', { form: form.toString() })).headers.get('location')).toBe(
      '/dev/jingban?hospitalFiledError=hospital-disease-not-listed',
    );
  });

  it('JSON: a refusal is a 4xx in plain Chinese, malformed input a 400, never a 5xx', async () => {
    const refused = await post('/api/dev/new-city', { json: { personId: DEMO_IDS.zhangGuilan, regionCode: '370200' } });
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({ error: { code: 'newcity-not-employee', message: expect.stringContaining('居民要本人申请') } });
    for (const json of [
      {},
      { personId: 1 },
      { personId: 'x'.repeat(500), regionCode: '370200' },
      [],
      'x',
      { personId: DEMO_IDS.zhangWei, regionCode: '370200', extra: true },
    ]) {
      expect((await post('/api/dev/new-city', { json })).status).toBe(400);
      expect((await post('/api/dev/hospital-application', { json })).status).toBe(400);
    }
  });

  it.each([
    ['SMS to a real carrier', 'SMS_PROVIDER', 'aliyun'],
    ['DEMO_MODE not set', 'DEMO_MODE', ''],
  ])('outside demo mode (%s) the routes do not exist', async (_case, name, value) => {
    vi.stubEnv(name, value);
    const res = await post('/api/dev/new-city', { json: { personId: DEMO_IDS.wangJianguo, regionCode: '370200' } });
    expect(res.status).toBe(404);
  });
});

describe('a demo database seeded before this change', () => {
  it('its 待您确认 row (v1, no plan) is given the 经办 confirmation, and the scheduler then confirms it without her', async () => {
    const [seeded] = (await db.select().from(applications).where(eq(applications.personId, DEMO_IDS.liXiuying))).filter(
      (a) => a.answers.diseaseCode === 'M00500',
    );
    await db
      .update(applications)
      .set({ status: 'pending-confirmation', plan: [], planIndex: 0, nextActionAt: null, outcome: null, decidedAt: null })
      .where(eq(applications.id, seeded!.id));
    await db.delete(appSettings).where(eq(appSettings.key, 'seed:li-chronic-cancer-hospital-v2'));
    await seedDemoData(db);
    const planned = await app(seeded!.id);
    expect(planned.plan.map((p) => p.action)).toEqual(['confirm', 'decide']);
    expect(planned.nextActionAt).not.toBeNull();
    // Seeding again changes nothing.
    await db.delete(appSettings).where(eq(appSettings.key, 'seed:li-chronic-cancer-hospital-v2'));
    await seedDemoData(db);
    expect(await app(seeded!.id)).toEqual(planned);
    await runDueReviews(db, planned.nextActionAt!, calendar);
    expect((await app(seeded!.id)).status).toBe('completed');
    expect((await eventsOf(seeded!.id)).slice(-2).map((e) => e.kind)).toEqual(['jingban-confirmed', 'completed']);
  });
});
