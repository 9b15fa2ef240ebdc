import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '@/tests/helpers/test-db';
import type { Db } from '@/lib/db/client';
import { BUDGETS } from '@/lib/security/budgets';
import { assertWithinBudgets, isSpent, spend } from '@/lib/security/rate-limit';

let db: Db;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, close } = await openTestDb({ seed: false }));
});
afterAll(async () => close());

describe('rate budgets kept in the database', () => {
  it('allows exactly the budget, then refuses with the time to wait', async () => {
    const { points } = BUDGETS.smsToPhoneHourly;
    for (let i = 0; i < points; i += 1) expect(await spend(db, 'smsToPhoneHourly', '13700000001')).toMatchObject({ ok: true, consumed: i + 1 });
    const refused = await spend(db, 'smsToPhoneHourly', '13700000001');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.retryInSeconds).toBeGreaterThan(3000);
    expect((await isSpent(db, 'smsToPhoneHourly', '13700000001')).ok).toBe(false);
    // Another phone, and another budget for the same phone, are counted apart.
    expect(await spend(db, 'smsToPhoneHourly', '13700000002')).toMatchObject({ ok: true, consumed: 1 });
    expect(await spend(db, 'codeRequestsPerClient', '13700000001')).toMatchObject({ ok: true, consumed: 1 });
  });

  it('holds under concurrency: 50 parallel spends of a 10-point budget let 10 through', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, () => spend(db, 'smsToPhoneHourly', '13700000009')));
    expect(results.filter((r) => r.ok)).toHaveLength(BUDGETS.smsToPhoneHourly.points);
  });

  it('a pair budget with a block stays refused for the block, in plain words (hours)', async () => {
    for (let i = 0; i < BUDGETS.familyCodeFailuresPerPair.points; i += 1) await spend(db, 'familyCodeFailuresPerPair', 'e:r');
    await expect(assertWithinBudgets(db, [['familyCodeFailuresPerPair', 'e:r']])).rejects.toMatchObject({
      status: 429,
      code: 'rate-limited',
      params: { unit: 'hours', hours: 24 },
    });
  });
});
