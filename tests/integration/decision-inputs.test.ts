import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { ZodError } from 'zod';
import { openTestDb } from '@/tests/helpers/test-db';
import type { Db } from '@/lib/db/client';
import { applications, smsMessages, staff } from '@/lib/db/schema';
import type { ApplicationRow } from '@/lib/db/types';
import { demoStaff } from '@/lib/data/demo-staff';
import { DEMO_IDS } from '@/lib/data/demo-people';
import { decisionSms } from '@/lib/jingban/notify';
import { createWorkingCalendar } from '@/lib/calendar/working-days';
import { decideAtDesk, reviewQueue } from '@/lib/staff/reviews';
import { reviewView } from '@/lib/staff/review-view';
import type { StaffRow } from '@/lib/staff/sign-in';
import type { AnyServiceModule } from '@/lib/services/modules';

// None of today's services asks the case worker for anything but yes or no; a fifth (医疗费手工报销)
// will ask for the amount approved and a reason from a list. A test-only variant of the 慢特病 module
// declares such inputs, its outcome text and its own approval SMS, and the desk handles them generically.
vi.mock('@/lib/services/modules', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/services/modules')>();
  const withInputs = (m: AnyServiceModule): AnyServiceModule =>
    m.key !== 'chronic'
      ? m
      : {
          ...m,
          decisionInputs: [
            { kind: 'amount-yuan', name: 'amount', label: 'staff.review.checks' },
            {
              kind: 'choice',
              name: 'reason',
              label: 'staff.reason',
              options: [
                { value: 'full', label: 'rejectReasons.other' },
                { value: 'partial', label: 'rejectReasons.missing-evidence' },
              ],
            },
          ],
          outcome: (result) =>
            `核定金额 ${String((result.inputs as Record<string, string> | undefined)?.amount)} 元（${String((result.inputs as Record<string, string> | undefined)?.reason)}）`,
        };
  const chronic = withInputs(real.moduleFor('chronic'));
  // A module with its own approval SMS words (flows.test-only.sms.approved), for decisionSms alone.
  const testOnly: AnyServiceModule = {
    ...chronic,
    key: 'test-only' as AnyServiceModule['key'],
    approvalSms: {
      template: 'approved',
      params: (result, answers) => ({
        amount: String((result.inputs as Record<string, string> | undefined)?.amount ?? ''),
        phone: String(answers.contactPhone ?? ''),
      }),
    },
  };
  const modules = [...real.serviceModules.map(withInputs), testOnly];
  const find = (key: string) => modules.find((m) => m.key === key);
  return { ...real, serviceModules: modules, findModule: find, moduleFor: (key: string) => find(key)! };
});

const T = new Date('2026-11-10T02:00:00.000Z');
const calendar = createWorkingCalendar([]);
let db: Db;
let close: () => Promise<void>;
let worker: StaffRow;

beforeAll(async () => {
  ({ db, close } = await openTestDb());
  const [row] = await db.select().from(staff).where(eq(staff.staffNo, demoStaff[2]!.staffNo));
  worker = row!;
});
afterAll(async () => close());

describe('decision inputs a service declares', () => {
  it('are shown at the desk, validated on the server, stored in the result and said in the outcome', async () => {
    const item = (await reviewQueue(db)).find((q) => q.person.id === DEMO_IDS.liXiuying && q.application.service === 'chronic');
    expect(item).toBeTruthy();
    const { application: app, person } = item!;
    const view = await reviewView(db, app, person, T, 'zh-CN');
    expect(view.inputs.map((i) => i.name)).toEqual(['amount', 'reason']);
    expect(view.inputs[1]).toMatchObject({ kind: 'choice', options: [{ value: 'full', label: '不符合办理条件' }, { value: 'partial' }] });

    const decide = (inputs?: Record<string, unknown>) => decideAtDesk(db, worker, app.id, app.version, { decision: 'approve', inputs }, T, calendar);
    // Missing, zero and unlisted values are refused with the field they are about; nothing is decided.
    for (const [inputs, field] of [
      [undefined, 'inputs.amount'],
      [{ amount: '0', reason: 'full' }, 'inputs.amount'],
      [{ amount: '12.5', reason: 'because' }, 'inputs.reason'],
    ] as const) {
      const error = await decide(inputs).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ZodError);
      expect((error as ZodError).issues[0]?.path.join('.')).toBe(field);
    }
    expect((await db.select().from(applications).where(eq(applications.id, app.id)))[0]?.status).toBe(app.status);

    const row = await decide({ amount: '1,288.5', reason: 'partial' });
    expect(row.status).toBe('completed');
    expect(row.outcome).toMatchObject({ inputs: { amount: '1288.50', reason: 'partial' } });
    const sms = await db
      .select()
      .from(smsMessages)
      .where(and(eq(smsMessages.applicationId, app.id), eq(smsMessages.phone, person.phone)));
    // The 办结 SMS carries the outcome text the module made from the inputs.
    expect(sms.find((m) => m.template === 'completed')?.body).toContain('核定金额 1288.50 元（partial）');
  });

  it('reach the service’s own SMS template with its parameters and the outcome text', () => {
    const app = {
      service: 'test-only',
      number: 'MT1',
      expectedBy: null,
      expectedEstimated: false,
      answers: { contactPhone: '13800000003' },
    } as unknown as ApplicationRow;
    const sms = decisionSms(app, { outcome: 'approved', result: { inputs: { amount: '88.00', reason: 'full' } } });
    expect(sms).toEqual({
      template: 'flows.test-only.sms.approved',
      params: { service: expect.any(String), number: 'MT1', date: '', result: '核定金额 88.00 元（full）', amount: '88.00', phone: '13800000003' },
    });
  });
});
