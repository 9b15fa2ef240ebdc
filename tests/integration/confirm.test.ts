import { describe, it, expect, beforeAll, afterAll, vi } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { openTestDb } from '@/tests/helpers/test-db';
import type { Db } from '@/lib/db/client';
import { applicationEvents, applications, designations, persons, smsMessages } from '@/lib/db/schema';
import type { ApplicationRow, PersonRow } from '@/lib/db/types';
import { DEMO_IDS } from '@/lib/data/demo-people';
import { nextApplicationNumber, submitApplication } from '@/lib/jingban/applications';
import { confirmHospitalApplication } from '@/lib/jingban/confirm';
import { ConflictError, DomainError } from '@/lib/jingban/errors';
import { loadFlowContext } from '@/lib/jingban/flow-facts';
import type { Actor } from '@/lib/jingban/status';
import { createWorkingCalendar } from '@/lib/jingban/working-days';
import { validateAll, stepOptions, findStep } from '@/lib/services/engine';
import type { DesignationFacts } from '@/lib/services/designation/policy';
import { flowFor } from '@/lib/services/flows';
import { atShanghaiTime } from '@/lib/time/dates';

const calendar = createWorkingCalendar();

// The route handler runs here with a test session; lib/api/server.ts is marked server-only.
vi.mock('server-only', () => ({}));
const signedIn = vi.hoisted(() => ({ person: null as unknown, db: null as unknown, now: new Date(), calendar: null as unknown }));
vi.mock('@/lib/auth/current', () => ({
  currentSession: async () => ({ kind: 'resident', person: signedIn.person, tokenHash: 'test', actingFor: null }),
}));
vi.mock('@/lib/db/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/db/client')>()),
  getDb: async () => signedIn.db,
}));
vi.mock('@/lib/server/context', () => ({
  appContext: async () => ({ db: signedIn.db, now: signedIn.now, calendar: signedIn.calendar }),
}));
const resident = (p: PersonRow): Actor => ({ kind: 'resident', id: p.id, channel: 'online' });

let db: Db;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ db, close } = await openTestDb());
});

afterAll(async () => {
  await close();
});

async function person(id: string): Promise<PersonRow> {
  const [p] = await db.select().from(persons).where(eq(persons.id, id));
  if (!p) throw new Error(`no person ${id}`);
  return p;
}

async function app(id: string): Promise<ApplicationRow> {
  const [a] = await db.select().from(applications).where(eq(applications.id, id));
  if (!a) throw new Error(`no application ${id}`);
  return a;
}

const eventsOf = (id: string) => db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, id)).orderBy(asc(applicationEvents.id));
const smsOf = (id: string) => db.select().from(smsMessages).where(eq(smsMessages.applicationId, id)).orderBy(asc(smsMessages.id));

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
}

/** A second hospital-started application, like the seeded one but for another disease. */
async function hospitalApplication(p: PersonRow, diseaseCode: string, at: Date): Promise<ApplicationRow> {
  const id = crypto.randomUUID();
  const [row] = await db
    .insert(applications)
    .values({
      id,
      number: await nextApplicationNumber(db, 'chronic', at),
      service: 'chronic',
      personId: p.id,
      status: 'pending-confirmation',
      answers: { diseaseCode, hospitalCode: 'H37160200001', evidence: [], contactPhone: p.phone, _hospitalInitiated: true },
      reviewMode: 'immediate',
      channel: 'hospital',
      actorKind: 'hospital',
      actorId: 'H37160200001',
      idempotencyKey: `hospital-${id}`,
      createdAt: at,
      updatedAt: at,
    })
    .returning();
  return row!;
}

describe('免申即享: 李秀英 confirms the 恶性肿瘤 application her hospital started', () => {
  let li: PersonRow;
  let seeded: ApplicationRow;

  beforeAll(async () => {
    li = await person(DEMO_IDS.liXiuying);
    const rows = await db
      .select()
      .from(applications)
      .where(and(eq(applications.personId, li.id), eq(applications.status, 'pending-confirmation')));
    expect(rows).toHaveLength(1);
    seeded = rows[0]!;
  });

  it('is seeded as waiting for her: started by a 滨州 level-3 hospital, one event, one SMS', async () => {
    expect(seeded).toMatchObject({
      service: 'chronic',
      reviewMode: 'immediate',
      channel: 'hospital',
      actorKind: 'hospital',
      actorId: 'H37160200001',
      plan: [],
      nextActionAt: null,
      expectedBy: null,
      submittedAt: null,
    });
    expect(seeded.answers).toEqual({ diseaseCode: 'M00500', hospitalCode: 'H37160200001', evidence: [], contactPhone: '13800000003', _hospitalInitiated: true });
    expect((await eventsOf(seeded.id)).map((e) => [e.kind, e.toStatus, e.actorKind, e.actorId, e.channel])).toEqual([
      ['hospital-initiated', 'pending-confirmation', 'hospital', 'H37160200001', 'hospital'],
    ]);
    const sms = await smsOf(seeded.id);
    expect(sms.map((m) => m.template)).toEqual(['awaitingConfirmation']);
    expect(sms[0]!.phone).toBe('13800000003');
    expect(sms[0]!.body).toContain(seeded.number);
    expect(sms[0]!.body).toContain('门诊慢特病待遇认定');
  });

  it('her 慢特病 facts already count it: applying for 恶性肿瘤 herself is refused as a duplicate', async () => {
    const ctx = await loadFlowContext(db, li, 'chronic', new Date());
    expect(ctx.facts.existingDiseaseCodes).toEqual(expect.arrayContaining(['M00500', 'M03900']));
    const flow = flowFor('chronic')!;
    const refused = validateAll(flow, { diseaseCode: 'M00500', hospitalCode: 'H37160200001', evidence: [crypto.randomUUID()], contactPhone: li.phone }, ctx);
    expect(refused).toEqual({ ok: false, step: 'diseaseCode', refusal: { code: 'chronic-duplicate' } });
  });

  it('someone else cannot confirm it: not found', async () => {
    const zhang = await person(DEMO_IDS.zhangGuilan);
    const error = await caught(confirmHospitalApplication(db, zhang, seeded.id, resident(zhang), new Date(), calendar));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'not-found', status: 404 });
    expect((await app(seeded.id)).status).toBe('pending-confirmation');
  });

  it('confirming completes it at once (居民 恶性肿瘤 is immediate): 65 % and 3000 元, with an SMS', async () => {
    const now = new Date();
    const row = await confirmHospitalApplication(db, li, seeded.id, resident(li), now, calendar);
    expect(row).toMatchObject({ status: 'completed', version: seeded.version + 1, nextActionAt: null, plan: [] });
    expect(row.submittedAt?.getTime()).toBe(now.getTime());
    expect(row.decidedAt?.getTime()).toBe(now.getTime());
    expect(row.outcome).toMatchObject({
      outcome: 'approved',
      diseaseCode: 'M00500',
      benefit: { insuranceType: 'resident', ratePercent: 65, annualLimitYuan: 3000 },
    });
    expect((await eventsOf(seeded.id)).map((e) => [e.kind, e.fromStatus, e.toStatus, e.actorKind])).toEqual([
      ['hospital-initiated', null, 'pending-confirmation', 'hospital'],
      ['confirmed', 'pending-confirmation', 'submitted', 'resident'],
      ['accepted', 'submitted', 'accepted', 'system'],
      ['completed', 'accepted', 'completed', 'system'],
    ]);
    const sms = await smsOf(seeded.id);
    expect(sms.map((m) => m.template)).toEqual(['awaitingConfirmation', 'completed']);
    expect(sms[1]!.body).toContain('报销 65%');
    expect(sms[1]!.body).toContain('3000 元');
  });

  it('a second confirmation is refused and changes nothing', async () => {
    const before = await app(seeded.id);
    const error = await caught(confirmHospitalApplication(db, li, seeded.id, resident(li), new Date(), calendar));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ code: 'not-pending-confirmation', status: 409 });
    expect(await app(seeded.id)).toEqual(before);
    expect(await smsOf(seeded.id)).toHaveLength(2);
  });

  it('a disease with a monthly review is planned, not decided; two taps at once confirm it once', async () => {
    const T = atShanghaiTime('2026-11-10', 10, 0);
    // 慢性阻塞性肺疾病: 居民 monthly.
    const pending = await hospitalApplication(li, 'M05300', T);
    const settled = await Promise.allSettled([
      confirmHospitalApplication(db, li, pending.id, resident(li), T, calendar),
      confirmHospitalApplication(db, li, pending.id, resident(li), T, calendar),
    ]);
    expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(1);
    const rejected = settled.filter((s): s is PromiseRejectedResult => s.status === 'rejected');
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.reason).toBeInstanceOf(ConflictError);

    const row = await app(pending.id);
    expect(row).toMatchObject({ status: 'accepted', reviewMode: 'monthly', expectedBy: '2026-11-30', decidedAt: null, outcome: null });
    expect(row.plan.map((s) => s.action)).toEqual(['review', 'decide']);
    expect(row.nextActionAt?.toISOString()).toBe(row.plan[0]!.at);
    expect((await eventsOf(pending.id)).map((e) => e.kind)).toEqual(['confirmed', 'accepted']);
    expect((await smsOf(pending.id)).map((m) => m.template)).toEqual(['accepted']);
  });
});

describe('定点医疗机构变更 takes effect per the region’s rule', () => {
  const T = atShanghaiTime('2026-11-10', 10, 0);
  const YAOJIA = 'H37010200004';
  const QILU = 'H37010200001';
  const QIANFO = 'H37010200002';

  const held = async (personId: string) =>
    db.select().from(designations).where(eq(designations.personId, personId)).orderBy(asc(designations.id));

  it('张桂兰 (济南, next month): 姚家 ends on 1 December, 千佛山 starts that day; no second change this year', async () => {
    const zhang = await person(DEMO_IDS.zhangGuilan);
    const flow = flowFor('designation')!;
    const ctx = await loadFlowContext(db, zhang, 'designation', T);
    expect((ctx.facts as DesignationFacts).designations.map((d) => d.facilityCode)).toEqual([YAOJIA, QILU]);
    const answers = { replaceFacilityCode: YAOJIA, newFacilityCode: QIANFO, contactPhone: zhang.phone };
    const checked = validateAll(flow, answers, ctx);
    expect(checked.ok).toBe(true);

    const { application } = await submitApplication(db, { service: 'designation', person: zhang, answers, idempotencyKey: 'designation-1', actor: resident(zhang) }, T, calendar);
    expect(application.status).toBe('completed');
    expect(application.outcome).toMatchObject({ outcome: 'approved', effectiveFrom: '2026-12-01', facilityCode: QIANFO, replaces: YAOJIA });
    expect((await smsOf(application.id)).map((m) => m.template)).toEqual(['completed']);
    expect((await smsOf(application.id))[0]!.body).toContain('2026年12月1日');

    const rows = await held(zhang.id);
    expect(rows.map((r) => [r.facilityCode, r.validUntil, r.applicationId])).toEqual([
      [YAOJIA, '2026-12-01', null],
      [QILU, null, null],
      [QIANFO, null, application.id],
    ]);
    expect(rows[2]!.validFrom).toBe('2026-12-01');

    const after = await loadFlowContext(db, zhang, 'designation', T);
    expect(validateAll(flow, answers, after)).toEqual({
      ok: false,
      step: 'check',
      refusal: { code: 'designation-limit-reached', params: { date: '2027-01-01', count: 1 } },
    });
    // Next year: allowed again, and 姚家 (ended) is no longer among those to replace.
    const nextYear = await loadFlowContext(db, zhang, 'designation', atShanghaiTime('2027-01-04', 9, 0));
    expect(flow.startRule?.(nextYear)).toBeNull();
    expect(stepOptions(findStep(flow, 'replaceFacilityCode')!, {}, nextYear).map((o) => o.value)).toEqual([QILU, QIANFO, 'add']);
  });

  it('王建国 (潍坊, immediate) adds a third facility from today, replacing none', async () => {
    const wang = await person(DEMO_IDS.wangJianguo);
    const answers = { replaceFacilityCode: 'add', newFacilityCode: 'H37070200001', contactPhone: wang.phone };
    const ctx = await loadFlowContext(db, wang, 'designation', T);
    expect(validateAll(flowFor('designation')!, answers, ctx).ok).toBe(true);
    const { application } = await submitApplication(db, { service: 'designation', person: wang, answers, idempotencyKey: 'designation-add', actor: resident(wang) }, T, calendar);
    expect(application.outcome).toMatchObject({ effectiveFrom: '2026-11-10' });
    const rows = await held(wang.id);
    expect(rows.map((r) => [r.facilityCode, r.validFrom >= '2026-11-10' ? r.validFrom : 'old', r.validUntil])).toEqual([
      ['H37070500001', 'old', null],
      ['H37070500004', 'old', null],
      ['H37070200001', '2026-11-10', null],
    ]);
  });
});

describe('医保关系转移接续 facts', () => {
  it('张伟 cannot file a second transfer while one is in progress', async () => {
    const zhangWei = await person(DEMO_IDS.zhangWei);
    const T = atShanghaiTime('2026-11-10', 10, 0);
    const flow = flowFor('transfer')!;
    const answers = { toProvinceCode: '370000', toCityCode: '370200', contactPhone: zhangWei.phone };
    const before = await loadFlowContext(db, zhangWei, 'transfer', T);
    expect(validateAll(flow, answers, before).ok).toBe(true);
    await submitApplication(db, { service: 'transfer', person: zhangWei, answers, idempotencyKey: 'transfer-1', actor: resident(zhangWei) }, T, calendar);
    const after = await loadFlowContext(db, zhangWei, 'transfer', T);
    expect(validateAll(flow, answers, after)).toEqual({ ok: false, step: 'check', refusal: { code: 'transfer-pending' } });
  });
});

describe('POST /api/applications/[id]/confirm', () => {
  const T = atShanghaiTime('2026-11-12', 10, 0);
  let li: PersonRow;

  beforeAll(async () => {
    li = await person(DEMO_IDS.liXiuying);
    Object.assign(signedIn, { person: li, db, now: T, calendar });
  });

  async function post(id: string, init: { form?: string; json?: unknown; origin?: string } = {}): Promise<Response> {
    const { POST } = await import('@/app/api/applications/[id]/confirm/route');
    const headers: Record<string, string> = { host: 'localhost:3000' };
    if (init.origin) headers.origin = init.origin;
    let body: string | undefined;
    if (init.form !== undefined) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = init.form;
    } else if (init.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(init.json);
    }
    const req = new NextRequest(`http://localhost:3000/api/applications/${id}/confirm`, { method: 'POST', headers, ...(body !== undefined ? { body } : {}) });
    return POST(req, { params: Promise.resolve({ id }) });
  }

  it('a form post confirms and answers 303 with a relative address of the application page', async () => {
    const pending = await hospitalApplication(li, 'M08300', T); // 器官移植抗排异: 居民 immediate
    const res = await post(pending.id, { form: 'locale=en' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/en/applications/${pending.id}`);
    expect((await app(pending.id)).status).toBe('completed');
    // The SMS went out at once.
    expect((await smsOf(pending.id)).map((m) => [m.template, m.status])).toEqual([['completed', 'sent']]);

    const again = await post(pending.id, { form: 'locale=zh-CN' });
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toBe(`/applications/${pending.id}?error=not-pending-confirmation`);
  });

  it('JSON: 200 with the new status; someone else’s is 403, a malformed id 404; another site is 403', async () => {
    const pending = await hospitalApplication(li, 'M07803', T); // 肾透析: 居民 immediate
    const res = await post(pending.id, { json: { locale: 'zh-CN' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: pending.id, number: pending.number, status: 'completed' });

    const again = await post(pending.id);
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: { code: 'not-pending-confirmation' } });

    const zhang = await person(DEMO_IDS.zhangGuilan);
    const theirs = await hospitalApplication(zhang, 'M00500', T);
    const refused = await post(theirs.id);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { code: 'forbidden' } });
    expect((await app(theirs.id)).status).toBe('pending-confirmation');
    expect((await post('not-a-uuid')).status).toBe(404);

    const other = await hospitalApplication(li, 'M01600', T);
    expect((await post(other.id, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await app(other.id)).status).toBe('pending-confirmation');
  });
});
