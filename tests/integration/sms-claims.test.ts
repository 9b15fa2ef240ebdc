import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { setTimeout as sleep } from 'node:timers/promises';
import { openTestDbPair } from '@/tests/helpers/test-db';
import type { Db } from '@/lib/db/client';
import { smsMessages } from '@/lib/db/schema';
import { backoffMs, claimDueSms, dispatchDueSms, enqueueSms, MAX_SMS_ATTEMPTS, requestSmsDispatch, willRetry } from '@/lib/sms/outbox';
import type { OutgoingSms, SendResult, SmsProvider } from '@/lib/sms/provider';

// Issue 17: several instances on one database. On PostgreSQL (TEST_DATABASE_URL) `a` and `b` are two
// pools, so two dispatchers really race on separate backends; on PGlite their statements interleave.
const T = new Date('2026-11-10T02:00:00.000Z');
let a: Db;
let b: Db;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ a, b, close } = await openTestDbPair());
});
afterAll(async () => close());
// Test data only: the product never deletes a message.
beforeEach(async () => {
  await a.delete(smsMessages);
});

const queue = (phone: string) => enqueueSms(a, { phone, template: 'cancelled', params: { service: '异地就医备案', number: 'YD20261110000001', date: '' } });
const queueMany = async (n: number) => {
  const ids: number[] = [];
  for (let i = 0; i < n; i++) ids.push(await queue(`137${String(i).padStart(8, '0')}`));
  return ids;
};
const rows = (ids: number[]) => a.select().from(smsMessages).where(inArray(smsMessages.id, ids)).orderBy(smsMessages.id);

/** A carrier that counts what it is given per message id; `answer` decides each call (default: delivered, after a short wait). */
function countingCarrier(answer: (message: OutgoingSms, call: number) => SendResult | Promise<SendResult> = async () => (await sleep(3), { ok: true })) {
  const calls: number[] = [];
  const delivered: number[] = [];
  const provider: SmsProvider = {
    name: 'counting',
    async send(message) {
      calls.push(message.id);
      const result = await answer(message, calls.filter((id) => id === message.id).length);
      if (result.ok) delivered.push(message.id);
      return result;
    },
  };
  const count = (list: number[]) => list.reduce((m, id) => m.set(id, (m.get(id) ?? 0) + 1), new Map<number, number>());
  return { provider, calls, delivered, callsPer: () => count(calls), deliveredPer: () => count(delivered) };
}

describe('two dispatchers over the same due messages', () => {
  it('send each message exactly once, whoever claims it', async () => {
    const ids = await queueMany(40);
    const carrier = countingCarrier();
    // Several rounds from each "instance" at once, as two servers' routes and scheduler ticks would.
    const results = await Promise.all(
      [a, b, a, b, a, b].map((db, i) => dispatchDueSms(db, T, carrier.provider, { claimant: i % 2 === 0 ? 'instance-a' : 'instance-b' })),
    );
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(40);
    expect(carrier.calls).toHaveLength(40);
    expect([...carrier.callsPer().entries()].sort((x, y) => x[0] - y[0])).toEqual(ids.map((id) => [id, 1]));
    for (const r of await rows(ids)) expect(r).toMatchObject({ status: 'sent', attempts: 1, claimedBy: null, leaseUntil: null, sentAt: T });
    // Nothing is left for anyone.
    expect(await dispatchDueSms(b, new Date(T.getTime() + 86_400_000), carrier.provider, { claimant: 'instance-b' })).toEqual({ sent: 0, failed: 0 });
  });

  it('the path routes and the scheduler take (requestSmsDispatch), called from both at once, sends each once too', async () => {
    const ids = await queueMany(30);
    const carrier = countingCarrier();
    await Promise.all([a, b, a, b].map((db) => requestSmsDispatch(db, T, carrier.provider)));
    expect([...carrier.callsPer().entries()].sort((x, y) => x[0] - y[0])).toEqual(ids.map((id) => [id, 1]));
    for (const r of await rows(ids)) expect(r).toMatchObject({ status: 'sent', attempts: 1, claimedBy: null });
  });

  it('hand the carrier the message id as its idempotency key, the same id on every try', async () => {
    const [id] = (await queueMany(1)) as [number];
    const seen: number[] = [];
    const carrier = countingCarrier((message, call) => {
      seen.push(message.id);
      return call === 1 ? { ok: false, error: 'busy' } : { ok: true };
    });
    await dispatchDueSms(a, T, carrier.provider, { claimant: 'instance-a' });
    await dispatchDueSms(b, new Date(T.getTime() + backoffMs(1)), carrier.provider, { claimant: 'instance-b' });
    expect(seen).toEqual([id, id]);
  });
});

describe('a claim left by a sender that crashed', () => {
  it('keeps others off the message until its lease runs out, then anyone sends it, once', async () => {
    const [id] = (await queueMany(1)) as [number];
    const leaseMs = 1_500;
    // "instance-a" claims and dies before sending or recording anything.
    const claimed = await claimDueSms(a, T, 10, 'instance-a', leaseMs);
    const claimedAt = Date.now();
    expect(claimed.map((m) => m.id)).toEqual([id]);
    let [row] = await rows([id]);
    expect(row).toMatchObject({ status: 'pending', attempts: 1, claimedBy: 'instance-a' });
    expect(row!.leaseUntil).not.toBeNull();

    const carrier = countingCarrier();
    // Before the lease runs out: nobody sends it, however late the demo clock is.
    expect(await dispatchDueSms(b, new Date(T.getTime() + 86_400_000), carrier.provider, { claimant: 'instance-b', leaseMs })).toEqual({ sent: 0, failed: 0 });
    expect(await claimDueSms(b, T, 10, 'instance-b', leaseMs)).toEqual([]);
    expect(Date.now() - claimedAt).toBeLessThan(leaseMs);
    expect(carrier.calls).toEqual([]);

    await sleep(leaseMs - (Date.now() - claimedAt) + 200);
    expect(await dispatchDueSms(b, T, carrier.provider, { claimant: 'instance-b', leaseMs })).toEqual({ sent: 1, failed: 0 });
    expect(carrier.calls).toEqual([id]);
    [row] = await rows([id]);
    // The crashed try counted: this was the second.
    expect(row).toMatchObject({ status: 'sent', attempts: 2, claimedBy: null, leaseUntil: null });
    // The crashed sender coming back cannot record anything on the message any more.
    expect(await dispatchDueSms(a, T, carrier.provider, { claimant: 'instance-a', leaseMs })).toEqual({ sent: 0, failed: 0 });
    expect(carrier.calls).toEqual([id]);
  });

  it('a crash on the last try leaves the message failed for good once the lease runs out, not sent again', async () => {
    const [id] = (await queueMany(1)) as [number];
    await a
      .update(smsMessages)
      .set({ status: 'failed', attempts: MAX_SMS_ATTEMPTS - 1, lastError: 'busy', nextAttemptAt: T })
      .where(eq(smsMessages.id, id));
    const leaseMs = 600;
    expect(await claimDueSms(a, T, 10, 'instance-a', leaseMs)).toHaveLength(1);
    await sleep(leaseMs + 200);
    const carrier = countingCarrier();
    expect(await dispatchDueSms(b, new Date(T.getTime() + 365 * 86_400_000), carrier.provider, { claimant: 'instance-b', leaseMs })).toEqual({
      sent: 0,
      failed: 0,
    });
    expect(carrier.calls).toEqual([]);
    const [row] = await rows([id]);
    expect(row).toMatchObject({ status: 'failed', attempts: MAX_SMS_ATTEMPTS, claimedBy: null, leaseUntil: null, lastError: 'busy' });
    expect(willRetry(row!)).toBe(false);
  });

  it('a sender past half its lease gives back what it has not tried, so a second sender never doubles a slow one', async () => {
    const ids = await queueMany(3);
    const leaseMs = 400;
    // Each send takes longer than half the lease: held to the end, the third message's lease would run
    // out before its turn and the second sender, arriving then, would send it too.
    const carrier = countingCarrier(async () => (await sleep(250), { ok: true }));
    const first = dispatchDueSms(a, T, carrier.provider, { claimant: 'instance-a', leaseMs });
    await sleep(leaseMs + 50);
    const second = await dispatchDueSms(b, T, carrier.provider, { claimant: 'instance-b', leaseMs });
    const results = [await first, second];
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(3);
    expect([...carrier.callsPer().entries()].sort((x, y) => x[0] - y[0])).toEqual(ids.map((id) => [id, 1]));
    // What was given back did not count a try.
    for (const r of await rows(ids)) expect(r).toMatchObject({ status: 'sent', attempts: 1, claimedBy: null });
  });
});

describe('a carrier that fails', () => {
  it('a retryable failure waits for its backoff, is retried by either instance, and is delivered once', async () => {
    const ids = await queueMany(5);
    const failing = ids[2]!;
    const carrier = countingCarrier(
      async (message, call) => (await sleep(2), message.id === failing && call === 1 ? { ok: false, error: 'LimitExceeded' } : { ok: true }),
    );
    const both = (at: Date) =>
      Promise.all([dispatchDueSms(a, at, carrier.provider, { claimant: 'instance-a' }), dispatchDueSms(b, at, carrier.provider, { claimant: 'instance-b' })]);
    await both(T);
    let [row] = await rows([failing]);
    expect(row).toMatchObject({ status: 'failed', attempts: 1, lastError: 'LimitExceeded', claimedBy: null, leaseUntil: null });
    expect(row!.nextAttemptAt?.getTime()).toBe(T.getTime() + backoffMs(1));
    expect(willRetry(row!)).toBe(true);

    await both(new Date(T.getTime() + backoffMs(1) - 1));
    expect(carrier.callsPer().get(failing)).toBe(1);

    await both(new Date(T.getTime() + backoffMs(1)));
    [row] = await rows([failing]);
    expect(row).toMatchObject({ status: 'sent', attempts: 2, lastError: null, nextAttemptAt: null });
    expect(carrier.callsPer().get(failing)).toBe(2);
    expect([...carrier.deliveredPer().values()]).toEqual([1, 1, 1, 1, 1]);
    expect(carrier.calls).toHaveLength(6);
  });

  it('a final failure stops at once: failed, no next attempt, never tried again', async () => {
    const [id] = (await queueMany(1)) as [number];
    const carrier = countingCarrier(() => ({ ok: false, error: 'tencent InvalidParameterValue.IncorrectPhoneNumber', final: true }));
    expect(await dispatchDueSms(a, T, carrier.provider, { claimant: 'instance-a' })).toEqual({ sent: 0, failed: 1 });
    const [row] = await rows([id]);
    expect(row).toMatchObject({ status: 'failed', attempts: 1, nextAttemptAt: null, claimedBy: null });
    expect(willRetry(row!)).toBe(false);
    await Promise.all([
      dispatchDueSms(a, new Date(T.getTime() + 365 * 86_400_000), carrier.provider, { claimant: 'instance-a' }),
      dispatchDueSms(b, new Date(T.getTime() + 365 * 86_400_000), carrier.provider, { claimant: 'instance-b' }),
    ]);
    expect(carrier.calls).toEqual([id]);
  });
});

describe('recording what the carrier took', () => {
  /** The status of every earlier message of `ids`, read while the carrier is given `message`. */
  function carrierThatLooksBack(ids: number[], wait: number) {
    const seen = new Map<number, string[]>();
    const carrier = countingCarrier(async (message) => {
      const earlier = ids.filter((id) => id < message.id);
      seen.set(message.id, earlier.length ? (await rows(earlier)).map((r) => r.status) : []);
      await sleep(wait);
      return { ok: true };
    });
    return { carrier, seen };
  }

  it('a fast carrier: the messages of one claim are marked sent together, after the claim', async () => {
    const ids = await queueMany(5);
    const { carrier, seen } = carrierThatLooksBack(ids, 0);
    expect(await dispatchDueSms(a, T, carrier.provider, { claimant: 'instance-a' })).toEqual({ sent: 5, failed: 0 });
    // While the last one went out, the four before it were taken by the carrier but not yet marked.
    expect(seen.get(ids[4]!)).toEqual(['pending', 'pending', 'pending', 'pending']);
    for (const r of await rows(ids)) expect(r).toMatchObject({ status: 'sent', attempts: 1, claimedBy: null, leaseUntil: null, sentAt: T });
  });

  it('a slow carrier: each message is marked sent before the next goes, so a crash can repeat at most one', async () => {
    const ids = await queueMany(3);
    const { carrier, seen } = carrierThatLooksBack(ids, 80);
    expect(await dispatchDueSms(a, T, carrier.provider, { claimant: 'instance-a' })).toEqual({ sent: 3, failed: 0 });
    expect(seen.get(ids[1]!)).toEqual(['sent']);
    expect(seen.get(ids[2]!)).toEqual(['sent', 'sent']);
  });

  it('a failure between successes: the successes are marked sent, the failure waits for its retry', async () => {
    const ids = await queueMany(3);
    const carrier = countingCarrier((message) => (message.id === ids[1] ? { ok: false, error: 'busy' } : { ok: true }));
    expect(await dispatchDueSms(a, T, carrier.provider, { claimant: 'instance-a' })).toEqual({ sent: 2, failed: 1 });
    expect((await rows(ids)).map((r) => [r.status, r.claimedBy])).toEqual([
      ['sent', null],
      ['failed', null],
      ['sent', null],
    ]);
  });
});
