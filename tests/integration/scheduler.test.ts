import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { openTestDb } from '@/tests/helpers/test-db';
import type { Db } from '@/lib/db/client';
import { applicationEvents, applications, persons, smsMessages } from '@/lib/db/schema';
import type { ApplicationRow, PersonRow } from '@/lib/db/types';
import { DEMO_IDS } from '@/lib/data/demo-people';
import { advanceApplication, cancelApplication, submitApplication, type SubmitInput } from '@/lib/jingban/applications';
import { runDueReviews } from '@/lib/jingban/scheduler';
import { ConflictError, DomainError } from '@/lib/errors/domain-error';
import { systemActor, type Actor } from '@/lib/jingban/status';
import { createWorkingCalendar } from '@/lib/calendar/working-days';
import { atShanghaiTime } from '@/lib/time/dates';

const calendar = createWorkingCalendar();
const DAY = 86_400_000;
const staff: Actor = { kind: 'staff', id: 'S001', channel: 'phone' };

async function person(db: Db, id: string): Promise<PersonRow> {
  const [p] = await db.select().from(persons).where(eq(persons.id, id));
  if (!p) throw new Error(`no person ${id}`);
  return p;
}

async function app(db: Db, id: string): Promise<ApplicationRow> {
  const [a] = await db.select().from(applications).where(eq(applications.id, id));
  if (!a) throw new Error(`no application ${id}`);
  return a;
}

async function eventsOf(db: Db, id: string) {
  return db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, id)).orderBy(asc(applicationEvents.id));
}

async function smsOf(db: Db, id: string) {
  return db.select().from(smsMessages).where(eq(smsMessages.applicationId, id)).orderBy(asc(smsMessages.id));
}

async function snapshot(db: Db) {
  return {
    applications: await db.select().from(applications).orderBy(asc(applications.id)),
    events: await db.select().from(applicationEvents).orderBy(asc(applicationEvents.id)),
    sms: await db.select().from(smsMessages).orderBy(asc(smsMessages.id)),
  };
}

function resident(p: PersonRow): Actor {
  return { kind: 'resident', id: p.id, channel: 'online' };
}

describe('scheduler: the seeded 李秀英 高血压 application', () => {
  let db: Db;
  let close: () => Promise<void>;
  let li: ApplicationRow;

  beforeAll(async () => {
    ({ db, close } = await openTestDb());
    // She also has a 恶性肿瘤 application her hospital filed and the 经办 confirmed (免申即享, already 已认定).
    const rows = (await db.select().from(applications).where(eq(applications.personId, DEMO_IDS.liXiuying))).filter((a) => a.answers.diseaseCode === 'M03900');
    expect(rows).toHaveLength(1);
    li = rows[0]!;
  });

  afterAll(async () => {
    await close();
  });

  it('is an accepted 居民 monthly chronic application with a review and a decide step', () => {
    expect(li.service).toBe('chronic');
    expect(li.status).toBe('accepted');
    expect(li.reviewMode).toBe('monthly');
    expect(li.plan.map((s) => s.action)).toEqual(['review', 'decide']);
    expect(li.planIndex).toBe(0);
    expect(li.nextActionAt?.toISOString()).toBe(li.plan[0]!.at);
    expect(new Date(li.plan[1]!.at).getTime()).toBeGreaterThan(new Date(li.plan[0]!.at).getTime());
  });

  it('changes nothing before its first step is due', async () => {
    const before = await snapshot(db);
    const justBefore = new Date(li.nextActionAt!.getTime() - 1);
    expect(await runDueReviews(db, justBefore, calendar)).toEqual({ advanced: 0, conflicts: 0 });
    expect(await snapshot(db)).toEqual(before);
  });

  it('takes one step when only the review is due: status reviewing, one SMS', async () => {
    const reviewAt = li.nextActionAt!;
    expect(await runDueReviews(db, reviewAt, calendar)).toEqual({ advanced: 1, conflicts: 0 });
    const row = await app(db, li.id);
    expect(row.status).toBe('reviewing');
    expect(row.planIndex).toBe(1);
    expect(row.nextActionAt?.toISOString()).toBe(li.plan[1]!.at);
    expect(row.version).toBe(li.version + 1);
    const sms = await smsOf(db, li.id);
    expect(sms.map((m) => m.template)).toEqual(['reviewing']);
    expect(sms[0]!.status).toBe('sent'); // the scheduler dispatches after advancing
  });

  it('after its decide step (40 days on) the application is completed with the 居民 benefit', async () => {
    const later = new Date(Date.now() + 40 * DAY);
    expect(await runDueReviews(db, later, calendar)).toEqual({ advanced: 1, conflicts: 0 });
    const row = await app(db, li.id);
    expect(row.status).toBe('completed');
    expect(row.nextActionAt).toBeNull();
    expect(row.planIndex).toBe(2);
    expect(row.decidedAt?.toISOString()).toBe(li.plan[1]!.at);
    expect(row.outcome).toMatchObject({
      outcome: 'approved',
      diseaseCode: 'M03900',
      benefit: { insuranceType: 'resident', ratePercent: 65, annualLimitYuan: 3000 },
    });

    const events = await eventsOf(db, li.id);
    expect(events.map((e) => e.kind)).toEqual(['submitted', 'accepted', 'reviewing', 'completed']);
    const [, , reviewing, completed] = events;
    expect(reviewing).toMatchObject({ fromStatus: 'accepted', toStatus: 'reviewing', actorKind: 'system', channel: 'system' });
    expect(completed).toMatchObject({ fromStatus: 'reviewing', toStatus: 'completed', onBehalfOf: DEMO_IDS.liXiuying });
    expect(completed!.at.toISOString()).toBe(li.plan[1]!.at);

    const sms = await smsOf(db, li.id);
    expect(sms.map((m) => m.template)).toEqual(['reviewing', 'completed']);
    for (const m of sms) {
      expect(m.phone).toBe('13800000003');
      expect(m.sender).toBe('10639239');
      expect(m.body.startsWith('【中国医疗保障】')).toBe(true);
      expect(m.body).toContain(li.number);
      expect(m.status).toBe('sent');
    }
    expect(sms[1]!.body).toContain('报销 65%');
    expect(sms[1]!.body).toContain('3000 元');
  });

  it('is idempotent: running again at the same or a later time changes nothing', async () => {
    const before = await snapshot(db);
    const later = new Date(Date.now() + 40 * DAY);
    expect(await runDueReviews(db, later, calendar)).toEqual({ advanced: 0, conflicts: 0 });
    expect(await snapshot(db)).toEqual(before);
    expect(await runDueReviews(db, new Date(later.getTime() + 400 * DAY), calendar)).toEqual({ advanced: 0, conflicts: 0 });
    expect(await snapshot(db)).toEqual(before);
  });

  it('two schedulers running at once advance each step only once', async () => {
    const p = await person(db, DEMO_IDS.zhangGuilan);
    const T = atShanghaiTime('2026-11-10', 10, 0);
    const { application } = await submitApplication(
      db,
      { service: 'transfer', person: p, answers: { toProvinceCode: '370000', toCityCode: '370200' }, idempotencyKey: 'parallel', actor: resident(p) },
      T,
      calendar,
    );
    // Only the first step is due: two runners that both saw it due take it once, and neither
    // jumps ahead to the next (not yet due) step.
    const outAt = new Date(application.plan[0]!.at);
    const first = await Promise.all([runDueReviews(db, outAt, calendar), runDueReviews(db, outAt, calendar)]);
    expect(first.reduce((n, r) => n + r.advanced, 0)).toBe(1);
    expect(await app(db, application.id)).toMatchObject({ status: 'reviewing', stage: 'transfer-out', planIndex: 1 });
    expect((await eventsOf(db, application.id)).map((e) => e.kind)).toEqual(['submitted', 'accepted', 'stage']);

    const end = new Date(application.plan[2]!.at);
    const runs = await Promise.all([runDueReviews(db, end, calendar), runDueReviews(db, end, calendar), runDueReviews(db, end, calendar)]);
    expect(runs.reduce((n, r) => n + r.advanced, 0)).toBe(2);
    const events = await eventsOf(db, application.id);
    expect(events.map((e) => e.kind)).toEqual(['submitted', 'accepted', 'stage', 'stage', 'completed']);
    expect((await smsOf(db, application.id)).map((m) => m.template)).toEqual(['accepted', 'stage', 'stage', 'completed']);
    expect((await app(db, application.id)).status).toBe('completed');
  });
});

describe('submitApplication and the transfer stages', () => {
  let db: Db;
  let close: () => Promise<void>;
  let zhang: PersonRow;
  const T = atShanghaiTime('2026-11-10', 10, 0);
  const input = (p: PersonRow, key: string): SubmitInput => ({
    service: 'transfer',
    person: p,
    answers: { toProvinceCode: '110000', toCityCode: '110100' },
    idempotencyKey: key,
    actor: resident(p),
  });

  beforeAll(async () => {
    ({ db, close } = await openTestDb());
    zhang = await person(db, DEMO_IDS.zhangGuilan);
  });

  afterAll(async () => {
    await close();
  });

  let transferId: string;

  it('files a 跨省 transfer: accepted, planned over 15 working days, one accepted SMS', async () => {
    const { application, created } = await submitApplication(db, input(zhang, 'k1'), T, calendar);
    transferId = application.id;
    expect(created).toBe(true);
    expect(application.status).toBe('accepted');
    expect(application.service).toBe('transfer');
    expect(application.reviewMode).toBe('transfer');
    expect(application.number).toMatch(/^ZY20261110\d{6}$/);
    expect(application.expectedBy).toBe('2026-12-01');
    expect(application.expectedEstimated).toBe(false);
    expect(application.plan.map((s) => [s.action, s.stage ?? null])).toEqual([
      ['stage', 'transfer-out'],
      ['stage', 'transfer-in'],
      ['decide', null],
    ]);
    expect(application.nextActionAt?.toISOString()).toBe(application.plan[0]!.at);
    expect(application).toMatchObject({ channel: 'online', actorKind: 'resident', actorId: zhang.id, personId: zhang.id });

    const events = await eventsOf(db, transferId);
    expect(events.map((e) => [e.kind, e.fromStatus, e.toStatus, e.actorKind])).toEqual([
      ['submitted', 'draft', 'submitted', 'resident'],
      ['accepted', 'submitted', 'accepted', 'system'],
    ]);

    const sms = await smsOf(db, transferId);
    expect(sms).toHaveLength(1);
    expect(sms[0]).toMatchObject({ template: 'accepted', phone: '13800000001', sender: '10639239', status: 'pending' });
    expect(sms[0]!.body.startsWith('【中国医疗保障】')).toBe(true);
    expect(sms[0]!.body).toContain(application.number);
    expect(sms[0]!.body).toContain('12月1日');
  });

  it('the same idempotency key returns the same application, created:false, no new SMS', async () => {
    const again = await submitApplication(db, input(zhang, 'k1'), new Date(T.getTime() + 5_000), calendar);
    expect(again.created).toBe(false);
    expect(again.application.id).toBe(transferId);
    expect(await smsOf(db, transferId)).toHaveLength(1);
    expect(await db.select().from(applications).where(eq(applications.idempotencyKey, 'k1'))).toHaveLength(1);
  });

  it('20 concurrent submissions with one key create exactly one row', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => submitApplication(db, input(zhang, 'double-tap'), T, calendar)));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const ids = new Set(results.map((r) => r.application.id));
    expect(ids.size).toBe(1);
    const rows = await db
      .select()
      .from(applications)
      .where(and(eq(applications.personId, zhang.id), eq(applications.idempotencyKey, 'double-tap')));
    expect(rows).toHaveLength(1);
    expect(await smsOf(db, rows[0]!.id)).toHaveLength(1);
    expect(await eventsOf(db, rows[0]!.id)).toHaveLength(2);
  });

  it('20 concurrent submissions with distinct keys create 20 rows with 20 distinct 办件编号', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => submitApplication(db, input(zhang, `distinct-${i}`), T, calendar)));
    expect(results.every((r) => r.created)).toBe(true);
    expect(new Set(results.map((r) => r.application.id)).size).toBe(20);
    const numbers = new Set(results.map((r) => r.application.number));
    expect(numbers.size).toBe(20);
    for (const n of numbers) expect(n).toMatch(/^ZY20261110\d{6}$/);
  });

  it('the scheduler walks the transfer through transfer-out, transfer-in and 办结, with an SMS at each', async () => {
    const filed = await app(db, transferId);
    const [outStep, inStep, decideStep] = filed.plan;

    await runDueReviews(db, new Date(new Date(outStep!.at).getTime() - 1), calendar);
    expect((await app(db, transferId)).status).toBe('accepted');

    await runDueReviews(db, new Date(outStep!.at), calendar);
    let row = await app(db, transferId);
    expect(row).toMatchObject({ status: 'reviewing', stage: 'transfer-out', planIndex: 1 });
    let sms = await smsOf(db, transferId);
    expect(sms.map((m) => m.template)).toEqual(['accepted', 'stage']);
    expect(sms[1]!.body).toContain('转出地审核通过');
    expect(sms.every((m) => m.status === 'sent')).toBe(true);

    await runDueReviews(db, new Date(inStep!.at), calendar);
    row = await app(db, transferId);
    expect(row).toMatchObject({ status: 'reviewing', stage: 'transfer-in', planIndex: 2 });
    sms = await smsOf(db, transferId);
    expect(sms.map((m) => m.template)).toEqual(['accepted', 'stage', 'stage']);
    expect(sms[2]!.body).toContain('转入地已接收');

    await runDueReviews(db, new Date(decideStep!.at), calendar);
    row = await app(db, transferId);
    expect(row.status).toBe('completed');
    expect(row.nextActionAt).toBeNull();
    // 张桂兰 is a 居民: no source says her contribution years are merged, so the result does not say so.
    expect(row.outcome).toEqual({ outcome: 'approved', toProvinceCode: '110000', toCityCode: '110100', insuranceType: 'resident' });
    sms = await smsOf(db, transferId);
    expect(sms.map((m) => m.template)).toEqual(['accepted', 'stage', 'stage', 'completed']);
    expect(sms[3]!.body).toContain('医保关系已经转好');
    expect(sms[3]!.body).not.toContain('缴费年限');

    const events = await eventsOf(db, transferId);
    expect(events.map((e) => [e.kind, e.stage])).toEqual([
      ['submitted', null],
      ['accepted', null],
      ['stage', 'transfer-out'],
      ['stage', 'transfer-in'],
      ['completed', null],
    ]);
  });

  it('a 居民 恶性肿瘤 application is decided at submission (即时办结)', async () => {
    const { application } = await submitApplication(
      db,
      { service: 'chronic', person: zhang, answers: { diseaseCode: 'M00500' }, idempotencyKey: 'cancer', actor: resident(zhang) },
      T,
      calendar,
    );
    expect(application.status).toBe('completed');
    expect(application.plan).toEqual([]);
    expect(application.nextActionAt).toBeNull();
    expect(application.outcome).toMatchObject({ outcome: 'approved', benefit: { ratePercent: 65 } });
    expect((await eventsOf(db, application.id)).map((e) => e.kind)).toEqual(['submitted', 'accepted', 'completed']);
    expect((await smsOf(db, application.id)).map((m) => m.template)).toEqual(['completed']);
  });

  it('a disease outside the catalogue is refused at the monthly decision, with a reason SMS', async () => {
    const { application } = await submitApplication(
      db,
      { service: 'chronic', person: zhang, answers: { diseaseCode: 'M04000' }, idempotencyKey: 'not-in-catalogue', actor: resident(zhang) },
      T,
      calendar,
    );
    expect(application.status).toBe('accepted');
    await runDueReviews(db, new Date(application.plan.at(-1)!.at), calendar);
    const row = await app(db, application.id);
    expect(row.status).toBe('rejected');
    expect(row.outcome).toEqual({ outcome: 'rejected', reason: 'disease-not-in-catalogue' });
    const sms = await smsOf(db, application.id);
    expect(sms.map((m) => m.template)).toEqual(['accepted', 'reviewing', 'rejected']);
    expect(sms[2]!.body).toContain('不在您的参保类型的慢特病目录内');
  });
});

describe('concurrent decisions and cancellation', () => {
  let db: Db;
  let close: () => Promise<void>;
  let zhangWei: PersonRow;
  let zhang: PersonRow;
  const T = atShanghaiTime('2026-11-10', 10, 0);

  beforeAll(async () => {
    ({ db, close } = await openTestDb());
    zhangWei = await person(db, DEMO_IDS.zhangWei);
    zhang = await person(db, DEMO_IDS.zhangGuilan);
  });

  afterAll(async () => {
    await close();
  });

  /** 张伟 (职工 在职) 慢性心力衰竭: reviewed the same day — one planned step, a decision. */
  async function sameDayChronic(key: string): Promise<ApplicationRow> {
    const { application } = await submitApplication(
      db,
      { service: 'chronic', person: zhangWei, answers: { diseaseCode: 'M04301' }, idempotencyKey: key, actor: resident(zhangWei) },
      T,
      calendar,
    );
    expect(application.status).toBe('accepted');
    expect(application.plan.map((s) => s.action)).toEqual(['decide']);
    return application;
  }

  /**
   * Staff and scheduler act at once on one snapshot. Which takes the row first is not the call order
   * on PostgreSQL, where the two transactions really run side by side (PGlite runs them one after the
   * other): so the loser is told already-decided, and the one decision recorded is the winner's.
   */
  async function race(snapshotRow: ApplicationRow, staffFirst: boolean) {
    const stepAt = new Date(snapshotRow.plan[0]!.at);
    const staffCall = () =>
      db.transaction((tx) =>
        advanceApplication(tx, snapshotRow, new Date(T.getTime() + 60_000), calendar, zhangWei, {
          decision: { outcome: 'approved', result: {} },
          actor: staff,
        }),
      );
    const schedulerCall = () => db.transaction((tx) => advanceApplication(tx, snapshotRow, stepAt, calendar, zhangWei, { actor: systemActor }));
    const actors = staffFirst ? [staff, systemActor] : [systemActor, staff];
    const calls = staffFirst ? [staffCall(), schedulerCall()] : [schedulerCall(), staffCall()];
    const settled = await Promise.allSettled(calls);
    const winner = actors[settled.findIndex((s) => s.status === 'fulfilled')];
    const fulfilled = settled.filter((s) => s.status === 'fulfilled');
    const rejected = settled.filter((s): s is PromiseRejectedResult => s.status === 'rejected');
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    const error = rejected[0]!.reason as unknown;
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as ConflictError).code).toBe('already-decided');
    expect((error as ConflictError).status).toBe(409);

    const events = await eventsOf(db, snapshotRow.id);
    const decisions = events.filter((e) => e.kind === 'completed' || e.kind === 'rejected');
    expect(decisions).toHaveLength(1);
    const sms = await smsOf(db, snapshotRow.id);
    expect(sms.map((m) => m.template)).toEqual(['accepted', 'completed']);
    const row = await app(db, snapshotRow.id);
    expect(row.status).toBe('completed');
    expect(row.version).toBe(snapshotRow.version + 1);
    expect(row.nextActionAt).toBeNull();
    expect(decisions[0]!.actorKind).toBe(winner?.kind);
    expect(decisions[0]!.actorId).toBe(winner?.id);
    expect((fulfilled[0] as PromiseFulfilledResult<ApplicationRow>).value).toEqual(row);
  }

  it('staff decision vs scheduler on one snapshot: exactly one wins (staff called first)', async () => {
    await race(await sameDayChronic('race-1'), true);
  });

  it('staff decision vs scheduler on one snapshot: exactly one wins (scheduler called first)', async () => {
    await race(await sameDayChronic('race-2'), false);
  });

  it('the scheduler later finds nothing to do for a staff-decided application', async () => {
    const snap = await sameDayChronic('race-3');
    await db.transaction((tx) =>
      advanceApplication(tx, snap, new Date(T.getTime() + 60_000), calendar, zhangWei, { decision: { outcome: 'approved', result: {} }, actor: staff }),
    );
    const before = await snapshot(db);
    const after = new Date(new Date(snap.plan[0]!.at).getTime() + DAY);
    const run = await runDueReviews(db, after, calendar);
    const row = await app(db, snap.id);
    expect(row).toEqual(before.applications.find((a) => a.id === snap.id));
    expect(run.conflicts).toBe(0);
  });

  it('a decided application cannot be decided again, even from a fresh snapshot', async () => {
    const snap = await sameDayChronic('decide-twice');
    const decided = await db.transaction((tx) =>
      advanceApplication(tx, snap, new Date(T.getTime() + 60_000), calendar, zhangWei, { decision: { outcome: 'approved', result: {} }, actor: staff }),
    );
    expect(decided.status).toBe('completed');
    const before = await snapshot(db);
    for (const decision of [
      { outcome: 'approved', result: {} },
      { outcome: 'rejected', reason: 'other' },
    ] as const) {
      await expect(
        db.transaction((tx) => advanceApplication(tx, decided, new Date(T.getTime() + 120_000), calendar, zhangWei, { decision, actor: staff })),
      ).rejects.toMatchObject({ name: 'ConflictError', code: 'already-decided' });
    }
    expect(await snapshot(db)).toEqual(before);
    expect((await eventsOf(db, snap.id)).filter((e) => e.kind === 'completed')).toHaveLength(1);
    expect((await smsOf(db, snap.id)).map((m) => m.template)).toEqual(['accepted', 'completed']);
  });

  it('a cancelled application cannot be decided', async () => {
    const snap = await sameDayChronic('cancel-then-decide');
    const cancelled = await cancelApplication(db, snap, zhangWei, resident(zhangWei), T);
    await expect(
      db.transaction((tx) => advanceApplication(tx, cancelled, T, calendar, zhangWei, { decision: { outcome: 'approved', result: {} }, actor: staff })),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await app(db, snap.id)).status).toBe('cancelled');
  });

  it('a stale expectedVersion is refused before anything is written', async () => {
    const snap = await sameDayChronic('stale');
    await expect(
      db.transaction((tx) =>
        advanceApplication(tx, snap, T, calendar, zhangWei, { expectedVersion: snap.version - 1, decision: { outcome: 'approved', result: {} }, actor: staff }),
      ),
    ).rejects.toMatchObject({ name: 'ConflictError', code: 'already-decided' });
    expect((await app(db, snap.id)).status).toBe('accepted');
  });

  it('cancelling an accepted application: cancelled, no further steps, an SMS and an event', async () => {
    const { application } = await submitApplication(
      db,
      { service: 'transfer', person: zhang, answers: { toProvinceCode: '370000', toCityCode: '370200' }, idempotencyKey: 'to-cancel', actor: resident(zhang) },
      T,
      calendar,
    );
    const cancelAt = new Date(T.getTime() + 3_600_000);
    const row = await cancelApplication(db, application, zhang, resident(zhang), cancelAt);
    expect(row.status).toBe('cancelled');
    expect(row.nextActionAt).toBeNull();
    const sms = await smsOf(db, application.id);
    expect(sms.map((m) => m.template)).toEqual(['accepted', 'cancelled']);
    expect(sms[1]!.body).toContain('已撤销');
    expect(sms[1]!.phone).toBe('13800000001');
    const events = await eventsOf(db, application.id);
    expect(events.at(-1)).toMatchObject({ kind: 'cancelled', fromStatus: 'accepted', toStatus: 'cancelled', actorKind: 'resident' });

    // The scheduler never touches it again.
    await runDueReviews(db, new Date(new Date(application.plan.at(-1)!.at).getTime() + DAY), calendar);
    expect((await app(db, application.id)).status).toBe('cancelled');
    expect(await smsOf(db, application.id)).toHaveLength(2);
  });

  it('cancelling an application in review is refused with cannot-cancel-in-review', async () => {
    const { application } = await submitApplication(
      db,
      { service: 'transfer', person: zhang, answers: { toProvinceCode: '370000', toCityCode: '370200' }, idempotencyKey: 'in-review', actor: resident(zhang) },
      T,
      calendar,
    );
    await runDueReviews(db, new Date(application.plan[0]!.at), calendar);
    const reviewing = await app(db, application.id);
    expect(reviewing.status).toBe('reviewing');
    let caught: unknown;
    try {
      await cancelApplication(db, reviewing, zhang, resident(zhang), new Date(application.plan[0]!.at));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect((caught as DomainError).code).toBe('cannot-cancel-in-review');
    expect((await app(db, application.id)).status).toBe('reviewing');
    expect((await smsOf(db, application.id)).map((m) => m.template)).not.toContain('cancelled');
  });

  it('a stale snapshot cannot cancel an application that moved on', async () => {
    const { application } = await submitApplication(
      db,
      {
        service: 'transfer',
        person: zhang,
        answers: { toProvinceCode: '370000', toCityCode: '370200' },
        idempotencyKey: 'stale-cancel',
        actor: resident(zhang),
      },
      T,
      calendar,
    );
    await runDueReviews(db, new Date(application.plan[0]!.at), calendar);
    // `application` still says accepted (version 0) but the row is in review now.
    await expect(cancelApplication(db, application, zhang, resident(zhang), T)).rejects.toBeInstanceOf(ConflictError);
    expect((await app(db, application.id)).status).toBe('reviewing');
  });
});
