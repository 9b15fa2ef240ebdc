import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDb } from '@/tests/helpers/test-db';
import type { Db } from '@/lib/db/client';
import { persons, smsMessages, staff } from '@/lib/db/schema';
import { demoStaff } from '@/lib/data/demo-staff';
import { DEMO_IDS } from '@/lib/data/demo-people';
import { submitApplication } from '@/lib/jingban/applications';
import { runDueReviews } from '@/lib/jingban/scheduler';
import { createWorkingCalendar } from '@/lib/calendar/working-days';
import { decideAtDesk, reviewQueue } from '@/lib/staff/reviews';
import { inpatientInSanya } from '@/tests/helpers/reimbursement-answers';

const T = new Date('2026-11-10T02:00:00.000Z');
const NEXT_DAY = new Date('2026-11-11T02:00:00.000Z');
const calendar = createWorkingCalendar();
const answers = inpatientInSanya;

let db: Db;
let close: () => Promise<void>;
beforeAll(async () => ({ db, close } = await openTestDb()));
afterAll(async () => close());

describe('手工报销 at the desk', () => {
  it('waits for a case worker, who approves with an amount and a reason; the SMS names the amount and the masked account', async () => {
    const [li] = await db.select().from(persons).where(eq(persons.id, DEMO_IDS.liXiuying));
    const [worker] = await db.select().from(staff).where(eq(staff.staffNo, demoStaff[2]!.staffNo));
    const actor = { kind: 'resident' as const, id: li!.id, channel: 'online' as const };
    const { application } = await submitApplication(db, { service: 'reimbursement', person: li!, answers, idempotencyKey: 'sg-1', actor }, T, calendar);
    expect(application).toMatchObject({ status: 'accepted', reviewMode: 'desk', expectedBy: null });
    expect(application.number).toMatch(/^SG20261110\d{6}$/);

    await runDueReviews(db, NEXT_DAY, calendar);
    const queued = (await reviewQueue(db)).find((r) => r.application.id === application.id);
    expect(queued?.application.status).toBe('reviewing');
    // Nothing decides it by itself.
    await runDueReviews(db, new Date('2026-12-30T02:00:00.000Z'), calendar);

    const row = queued!.application;
    const refusedAs = (field: string) => ({
      issues: expect.arrayContaining([expect.objectContaining({ path: ['inputs', field], message: 'decision-amount' })]),
    });
    await expect(decideAtDesk(db, worker!, row.id, row.version, { decision: 'approve' }, NEXT_DAY, calendar)).rejects.toMatchObject(refusedAs('amountYuan'));
    await expect(
      decideAtDesk(db, worker!, row.id, row.version, { decision: 'approve', inputs: { amountYuan: '12.345', amountReason: 'per-policy' } }, NEXT_DAY, calendar),
    ).rejects.toMatchObject(refusedAs('amountYuan'));
    const done = await decideAtDesk(
      db,
      worker!,
      row.id,
      row.version,
      { decision: 'approve', inputs: { amountYuan: '3208.6', amountReason: 'excluded-items' } },
      NEXT_DAY,
      calendar,
    );
    expect(done.status).toBe('completed');
    expect(done.outcome).toMatchObject({
      inputs: { amountYuan: '3208.60', amountReason: 'excluded-items' },
      account: '6217 **** **** 4321',
      bank: '中国建设银行',
    });

    const sms = await db.select().from(smsMessages).where(eq(smsMessages.phone, li!.phone));
    const texts = sms.map((m) => m.body);
    expect(texts.some((b) => b.includes('已受理') && b.includes('办好后会短信告诉您') && !b.includes('预计'))).toBe(true);
    const paid = texts.find((b) => b.includes('核准报销'));
    expect(paid).toContain('核准报销 3208.60 元（已扣除自费和不在医保目录里的费用）');
    expect(paid).toContain('中国建设银行账户 6217 **** **** 4321');
    expect(paid).not.toContain('6217000160004321');
  });
});
