import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDb } from '@/tests/helpers/test-db';
import type { Db } from '@/lib/db/client';
import { applications, persons, smsMessages, staff } from '@/lib/db/schema';
import { submitApplication } from '@/lib/jingban/applications';
import { demoStaff } from '@/lib/data/demo-staff';
import { DEMO_IDS } from '@/lib/data/demo-people';
import { runDueReviews } from '@/lib/jingban/scheduler';
import { createWorkingCalendar } from '@/lib/jingban/working-days';
import { hashPassword, verifyPassword } from '@/lib/staff/password';
import { decideAtDesk, reviewQueue } from '@/lib/staff/reviews';
import { signInStaff, STAFF_LOCKOUT, type StaffRow } from '@/lib/staff/sign-in';

const T = new Date('2026-11-10T02:00:00.000Z');
const MIN = 60_000;
const [agent, , caseworker] = demoStaff;

let db: Db;
let close: () => Promise<void>;
let worker: StaffRow;

beforeAll(async () => {
  ({ db, close } = await openTestDb());
  const [row] = await db.select().from(staff).where(eq(staff.staffNo, caseworker.staffNo));
  worker = row!;
});
afterAll(async () => close());

describe('staff passwords', () => {
  it('are scrypt hashes that verify only the right password', async () => {
    const stored = await hashPassword('correct horse');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword('correct horse', stored)).toBe(true);
    expect(await verifyPassword('correct horsE', stored)).toBe(false);
    expect(await hashPassword('correct horse')).not.toBe(stored); // salted
  });
});

describe('staff sign-in', () => {
  it('signs in with 工号 + password; an unknown 工号 is "wrong" like a wrong password', async () => {
    expect(await signInStaff(db, agent.staffNo, agent.password, T)).toMatchObject({ ok: true, staff: { staffNo: agent.staffNo } });
    expect(await signInStaff(db, 'KF9999', agent.password, T)).toEqual({ ok: false, reason: 'wrong' });
  });

  it('locks for 15 minutes after 5 wrong passwords, even for the right one, then lets in again', async () => {
    for (let i = 1; i < STAFF_LOCKOUT.maxFailures; i++) expect(await signInStaff(db, agent.staffNo, 'nope', T)).toEqual({ ok: false, reason: 'wrong' });
    expect(await signInStaff(db, agent.staffNo, 'nope', T)).toEqual({ ok: false, reason: 'locked', retryInMinutes: 15 });
    expect(await signInStaff(db, agent.staffNo, agent.password, new Date(T.getTime() + 14 * MIN))).toMatchObject({ ok: false, reason: 'locked', retryInMinutes: 1 });
    expect(await signInStaff(db, agent.staffNo, agent.password, new Date(T.getTime() + 15 * MIN + 1))).toMatchObject({ ok: true });
  });

  it('parallel wrong guesses cannot slip past the count', async () => {
    const at = new Date(T.getTime() + 60 * MIN);
    const results = await Promise.all(Array.from({ length: 8 }, () => signInStaff(db, agent.staffNo, 'guess', at)));
    expect(results.filter((r) => !r.ok && r.reason === 'locked').length).toBeGreaterThanOrEqual(3);
    expect(await signInStaff(db, agent.staffNo, agent.password, at)).toMatchObject({ ok: false, reason: 'locked' });
  });
});

describe('经办 review desk', () => {
  const calendar = createWorkingCalendar([]);

  it('lists 李秀英’s 高血压 application; one of two concurrent decisions wins, the other gets a clear conflict', async () => {
    const queue = await reviewQueue(db);
    const item = queue.find((q) => q.person.id === DEMO_IDS.liXiuying && q.application.service === 'chronic');
    expect(item).toBeTruthy();
    const { id, version } = item!.application;
    const results = await Promise.allSettled([
      decideAtDesk(db, worker, id, version, { decision: 'approve' }, T, calendar),
      decideAtDesk(db, worker, id, version, { decision: 'refuse', reason: 'missing-evidence' }, T, calendar),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'already-decided', status: 409 } });
    const [row] = await db.select().from(applications).where(eq(applications.id, id));
    const sms = await db.select().from(smsMessages).where(and(eq(smsMessages.applicationId, id), eq(smsMessages.phone, item!.person.phone)));
    // One decision, one decision SMS.
    expect(sms.filter((m) => m.template === 'completed' || m.template === 'rejected')).toHaveLength(1);
    expect(['completed', 'rejected']).toContain(row?.status);
    // Nothing left for the scheduler to decide on it.
    await runDueReviews(db, new Date(T.getTime() + 90 * 86_400_000), calendar);
    const [after] = await db.select().from(applications).where(eq(applications.id, id));
    expect(after?.version).toBe(row?.version);
  });

  it('a decision on a version the scheduler already moved is refused', async () => {
    const [wang] = await db.select().from(persons).where(eq(persons.id, DEMO_IDS.wangJianguo));
    const { application } = await submitApplication(
      db,
      { service: 'transfer', person: wang!, answers: { toProvinceCode: '110000', toCityCode: '110100', contactPhone: wang!.phone }, idempotencyKey: 'desk-test', actor: { kind: 'resident', id: wang!.id, channel: 'online' } },
      T,
      calendar,
    );
    expect((await reviewQueue(db)).map((q) => q.application.id)).toContain(application.id);
    await runDueReviews(db, new Date(T.getTime() + 400 * 86_400_000), calendar);
    await expect(decideAtDesk(db, worker, application.id, application.version, { decision: 'approve' }, T, calendar)).rejects.toMatchObject({ status: 409 });
  });
});
