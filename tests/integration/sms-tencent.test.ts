import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inArray } from 'drizzle-orm';
import { openTestDbPair } from '@/tests/helpers/test-db';
import {
  startTencentSmsFake,
  TEST_TENCENT_APP_ID,
  TEST_TENCENT_SECRET_ID,
  TEST_TENCENT_SECRET_KEY,
  type TencentSmsFake,
} from '@/tests/helpers/tencent-sms-fake';
import type { Db } from '@/lib/db/client';
import { smsMessages } from '@/lib/db/schema';
import { backoffMs, dispatchDueSms, enqueueSms, willRetry } from '@/lib/sms/outbox';
import { createTencentSmsProvider } from '@/lib/sms/tencent';

// Two instances (two pools on PostgreSQL) sending through the Tencent adapter to the local fake carrier.
const T = new Date('2026-11-10T02:00:00.000Z');
let a: Db;
let b: Db;
let close: () => Promise<void>;
let fake: TencentSmsFake;

beforeAll(async () => {
  ({ a, b, close } = await openTestDbPair());
  fake = await startTencentSmsFake();
});
afterAll(async () => {
  await fake.close();
  await close();
});

const carrier = () =>
  createTencentSmsProvider({
    secretId: TEST_TENCENT_SECRET_ID,
    secretKey: TEST_TENCENT_SECRET_KEY,
    sdkAppId: TEST_TENCENT_APP_ID,
    region: 'ap-guangzhou',
    endpoint: fake.url,
    timeoutMs: 2_000,
  });
const queue = (phone: string) => enqueueSms(a, { phone, template: 'cancelled', params: { service: '异地就医备案', number: 'YD20261110000001', date: '' } });
const both = (at: Date) =>
  Promise.all([
    dispatchDueSms(a, at, carrier(), { claimant: 'instance-a' }),
    dispatchDueSms(b, at, carrier(), { claimant: 'instance-b' }),
    dispatchDueSms(a, at, carrier(), { claimant: 'instance-a' }),
    dispatchDueSms(b, at, carrier(), { claimant: 'instance-b' }),
  ]);

describe('two instances, one Tencent account', () => {
  it('each message reaches the carrier once, keyed by its id; a rate-limited one later, a wrong number never', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 20; i++) ids.push(await queue(`1390000${String(i).padStart(4, '0')}`));
    fake.setMode({ kind: 'rate-limit', times: 1 });
    await both(T);
    const limited = ids.filter((id) => fake.deliveredPer(String(id)) === 0);
    expect(limited).toHaveLength(1);
    // Queued only now: among four racing claimers it could otherwise take the one rate-limited answer.
    const wrongNumber = await queue('1390000');
    await both(new Date(T.getTime() + backoffMs(1)));
    expect(fake.counts()).toMatchObject({ total: 20, duplicates: [] });
    for (const id of ids) expect(fake.deliveredPer(String(id)), `message ${id}`).toBe(1);

    const stored = await a
      .select()
      .from(smsMessages)
      .where(inArray(smsMessages.id, [...ids, wrongNumber]));
    const byId = new Map(stored.map((r) => [r.id, r]));
    expect(byId.get(limited[0]!)).toMatchObject({ status: 'sent', attempts: 2 });
    const wrong = byId.get(wrongNumber)!;
    expect(wrong).toMatchObject({ status: 'failed', attempts: 1, nextAttemptAt: null });
    expect(wrong.lastError).toContain('InvalidParameterValue.IncorrectPhoneNumber');
    expect(willRetry(wrong)).toBe(false);
    // 20 first tries (one rate-limited), one retry, one wrong number: nothing more reached the carrier.
    expect(fake.requests).toHaveLength(22);
  });
});
