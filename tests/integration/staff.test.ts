import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDb } from '@/tests/helpers/test-db';
import type { Db } from '@/lib/db/client';
import { applications, persons, rateLimits, sessions, smsMessages, staff } from '@/lib/db/schema';
import { BUDGETS } from '@/lib/security/budgets';
import { submitApplication } from '@/lib/jingban/applications';
import { demoStaff } from '@/lib/data/demo-staff';
import { DEMO_IDS } from '@/lib/data/demo-people';
import { runDueReviews } from '@/lib/jingban/scheduler';
import { createWorkingCalendar } from '@/lib/calendar/working-days';
import { hashPassword, verifyPassword } from '@/lib/staff/password';
import { decideAtDesk, reviewQueue } from '@/lib/staff/reviews';
import { signInStaff, STAFF_LOCKOUT, staffNoLocked, type StaffRow } from '@/lib/staff/sign-in';

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
  // Budgets count in real time: the clock is moved with fake Dates (only Date is faked).
  beforeEach(() => vi.useFakeTimers({ toFake: ['Date'], now: T }));
  afterEach(() => vi.useRealTimers());
  const A = '198.51.100.10';
  const B = '198.51.100.11';

  it('signs in with 工号 + password; an unknown 工号 is "wrong" like a wrong password', async () => {
    expect(await signInStaff(db, agent.staffNo, agent.password, A)).toMatchObject({ ok: true, staff: { staffNo: agent.staffNo } });
    expect(await signInStaff(db, 'KF9999', agent.password, A)).toEqual({ ok: false, reason: 'wrong' });
  });

  it('5 wrong passwords lock that address out for 15 minutes, even with the right one, then let it in again', async () => {
    for (let i = 1; i < STAFF_LOCKOUT.maxFailures; i++) expect(await signInStaff(db, agent.staffNo, 'nope', A)).toEqual({ ok: false, reason: 'wrong' });
    expect(await signInStaff(db, agent.staffNo, 'nope', A)).toEqual({ ok: false, reason: 'locked', retryInMinutes: 15 });
    vi.setSystemTime(T.getTime() + 14 * MIN);
    expect(await signInStaff(db, agent.staffNo, agent.password, A)).toMatchObject({ ok: false, reason: 'locked', retryInMinutes: 1 });
    vi.setSystemTime(T.getTime() + 15 * MIN + 1000);
    expect(await signInStaff(db, agent.staffNo, agent.password, A)).toMatchObject({ ok: true });
  });

  it('a stranger’s wrong guesses lock only the stranger: the staff member signs in from their own address', async () => {
    vi.setSystemTime(T.getTime() + 60 * MIN);
    for (let i = 0; i < STAFF_LOCKOUT.maxFailures + 2; i++) await signInStaff(db, agent.staffNo, 'guess', B);
    expect(await signInStaff(db, agent.staffNo, agent.password, B)).toMatchObject({ ok: false, reason: 'locked' });
    expect(await signInStaff(db, agent.staffNo, agent.password, A)).toMatchObject({ ok: true });
  });

  it('an unknown 工号 locks exactly like a known one, so the answers do not tell which exist', async () => {
    vi.setSystemTime(T.getTime() + 120 * MIN);
    const known = [];
    const unknown = [];
    for (let i = 0; i < STAFF_LOCKOUT.maxFailures + 1; i++) {
      known.push(await signInStaff(db, agent.staffNo, 'guess', '198.51.100.12'));
      unknown.push(await signInStaff(db, 'KF9998', 'guess', '198.51.100.12'));
    }
    expect(unknown).toEqual(known);
  });

  it('parallel wrong guesses cannot slip past the count', async () => {
    vi.setSystemTime(T.getTime() + 180 * MIN);
    const results = await Promise.all(Array.from({ length: 8 }, () => signInStaff(db, agent.staffNo, 'guess', '198.51.100.13')));
    expect(results.filter((r) => !r.ok && r.reason === 'locked').length).toBeGreaterThanOrEqual(3);
    expect(await signInStaff(db, agent.staffNo, agent.password, '198.51.100.13')).toMatchObject({ ok: false, reason: 'locked' });
  });

  it('guesses spread over many addresses lock the 工号 for a day and end its sessions', async () => {
    vi.setSystemTime(T.getTime() + 240 * MIN);
    const [row] = await db.select().from(staff).where(eq(staff.staffNo, caseworker.staffNo));
    await db
      .insert(sessions)
      .values({ tokenHash: 'staff-session-to-end', kind: 'staff', subjectId: row!.id, createdAt: T, expiresAt: new Date(T.getTime() + 600 * MIN) });
    expect(await staffNoLocked(db, caseworker.staffNo)).toBe(false);
    for (let i = 0; i < BUDGETS.staffFailuresPerNo.points; i++) await signInStaff(db, caseworker.staffNo, 'guess', `203.0.113.${i}`);
    expect(await staffNoLocked(db, caseworker.staffNo)).toBe(true);
    expect(await db.select().from(sessions).where(eq(sessions.tokenHash, 'staff-session-to-end'))).toEqual([]);
    const locked = await signInStaff(db, caseworker.staffNo, caseworker.password, '198.51.100.14');
    expect(locked).toMatchObject({ ok: false, reason: 'locked' });
    expect(!locked.ok && locked.retryInMinutes).toBeGreaterThan(23 * 60); // the rest of the day's window
    await db.delete(rateLimits);
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
    const sms = await db
      .select()
      .from(smsMessages)
      .where(and(eq(smsMessages.applicationId, id), eq(smsMessages.phone, item!.person.phone)));
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
      {
        service: 'transfer',
        person: wang!,
        answers: { toProvinceCode: '110000', toCityCode: '110100', contactPhone: wang!.phone },
        idempotencyKey: 'desk-test',
        actor: { kind: 'resident', id: wang!.id, channel: 'online' },
      },
      T,
      calendar,
    );
    expect((await reviewQueue(db)).map((q) => q.application.id)).toContain(application.id);
    await runDueReviews(db, new Date(T.getTime() + 400 * 86_400_000), calendar);
    await expect(decideAtDesk(db, worker, application.id, application.version, { decision: 'approve' }, T, calendar)).rejects.toMatchObject({ status: 409 });
  });
});
