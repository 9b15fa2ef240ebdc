import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDb } from '@/tests/helpers/test-db';
import type { Db } from '@/lib/db/client';
import { smsMessages } from '@/lib/db/schema';
import { backoffMs, dispatchDueSms, enqueueSms, MAX_SMS_ATTEMPTS, willRetry } from '@/lib/sms/outbox';
import type { SendResult, SmsProvider } from '@/lib/sms/provider';

const T = new Date('2026-11-10T02:00:00.000Z');
const at = (ms: number) => new Date(T.getTime() + ms);

let db: Db;
let close: () => Promise<void>;

beforeAll(async () => {
  // No demo data: the seed queues SMS of its own (李秀英's 免申即享 stages).
  ({ db, close } = await openTestDb({ seed: false }));
});

afterAll(async () => {
  await close();
});

type Script = (phone: string, call: number) => SendResult | 'throw';

/** A fake carrier: answers per phone as the script says, and records every call. */
function scriptedProvider(script: Script): SmsProvider & { calls: string[] } {
  const calls: string[] = [];
  const counts = new Map<string, number>();
  return {
    name: 'fake',
    calls,
    async send(message) {
      const n = (counts.get(message.phone) ?? 0) + 1;
      counts.set(message.phone, n);
      calls.push(message.phone);
      const answer = script(message.phone, n);
      if (answer === 'throw') throw new Error('carrier connection reset');
      return answer;
    },
  };
}

async function row(id: number) {
  const [r] = await db.select().from(smsMessages).where(eq(smsMessages.id, id));
  if (!r) throw new Error(`sms ${id} vanished`);
  return r;
}

function enqueue(phone: string): Promise<number> {
  return enqueueSms(db, { phone, template: 'cancelled', params: { service: '异地就医备案', number: 'YD20261110000001', date: '' } });
}

describe('SMS outbox retries', () => {
  it('starts clean: an empty outbox', async () => {
    expect(await db.select().from(smsMessages)).toEqual([]);
  });

  it('fails twice, waits for its backoff, then is sent on the third attempt', async () => {
    const phone = '13700000001';
    const provider = scriptedProvider((p, n) => (n <= 2 ? { ok: false, error: `busy #${n}` } : { ok: true }));
    const id = await enqueue(phone);
    expect(await row(id)).toMatchObject({ status: 'pending', attempts: 0, nextAttemptAt: null, sentAt: null });

    // Attempt 1 fails.
    expect(await dispatchDueSms(db, T, provider)).toEqual({ sent: 0, failed: 1 });
    let r = await row(id);
    expect(r.status).toBe('failed');
    expect(r.attempts).toBe(1);
    expect(r.lastError).toBe('busy #1');
    expect(r.sentAt).toBeNull();
    expect(r.nextAttemptAt?.getTime()).toBe(T.getTime() + backoffMs(1));
    expect(r.nextAttemptAt!.getTime()).toBeGreaterThan(T.getTime());
    const firstRetryAt = r.nextAttemptAt!;

    // Before nextAttemptAt: nothing is sent.
    expect(await dispatchDueSms(db, new Date(firstRetryAt.getTime() - 1), provider)).toEqual({ sent: 0, failed: 0 });
    expect(provider.calls).toHaveLength(1);
    expect((await row(id)).attempts).toBe(1);

    // At nextAttemptAt: attempt 2 fails, with a longer backoff.
    expect(await dispatchDueSms(db, firstRetryAt, provider)).toEqual({ sent: 0, failed: 1 });
    r = await row(id);
    expect(r).toMatchObject({ status: 'failed', attempts: 2, lastError: 'busy #2' });
    expect(r.nextAttemptAt?.getTime()).toBe(firstRetryAt.getTime() + backoffMs(2));
    expect(backoffMs(2)).toBeGreaterThan(backoffMs(1));
    const secondRetryAt = r.nextAttemptAt!;

    expect(await dispatchDueSms(db, new Date(secondRetryAt.getTime() - 1), provider)).toEqual({ sent: 0, failed: 0 });

    // Attempt 3 succeeds.
    const sendAt = new Date(secondRetryAt.getTime() + 5_000);
    expect(await dispatchDueSms(db, sendAt, provider)).toEqual({ sent: 1, failed: 0 });
    r = await row(id);
    expect(r).toMatchObject({ status: 'sent', attempts: 3, lastError: null, nextAttemptAt: null });
    expect(r.sentAt?.getTime()).toBe(sendAt.getTime());
    expect(provider.calls).toEqual([phone, phone, phone]);

    // A sent message is never sent again.
    expect(await dispatchDueSms(db, at(86_400_000), provider)).toEqual({ sent: 0, failed: 0 });
    expect(provider.calls).toHaveLength(3);
  });

  it('a message that always fails stops after MAX_SMS_ATTEMPTS and stays visible as failed', async () => {
    const phone = '13700000002';
    const provider = scriptedProvider(() => ({ ok: false, error: 'number unreachable' }));
    const id = await enqueue(phone);
    let now = at(10 * 86_400_000);
    for (let attempt = 1; attempt <= MAX_SMS_ATTEMPTS; attempt++) {
      expect(await dispatchDueSms(db, now, provider), `attempt ${attempt}`).toEqual({ sent: 0, failed: 1 });
      const r = await row(id);
      expect(r.attempts).toBe(attempt);
      expect(r.status).toBe('failed');
      // 模拟短信 says 将重试 exactly while the dispatcher will still try it.
      expect(willRetry(r), `attempt ${attempt}`).toBe(attempt < MAX_SMS_ATTEMPTS);
      now = r.nextAttemptAt!;
    }
    expect(provider.calls).toHaveLength(MAX_SMS_ATTEMPTS);
    // Long after the last backoff: no further tries.
    expect(await dispatchDueSms(db, new Date(now.getTime() + 365 * 86_400_000), provider)).toEqual({ sent: 0, failed: 0 });
    expect(provider.calls).toHaveLength(MAX_SMS_ATTEMPTS);
    const r = await row(id);
    expect(r).toMatchObject({ status: 'failed', attempts: MAX_SMS_ATTEMPTS, lastError: 'number unreachable', sentAt: null });
    expect(r.body.startsWith('【中国医疗保障】')).toBe(true);
  });

  it('a provider that throws is treated like a failure and retried', async () => {
    const phone = '13700000003';
    const provider = scriptedProvider((p, n) => (n === 1 ? 'throw' : { ok: true }));
    const id = await enqueue(phone);
    const now = at(400 * 86_400_000);
    expect(await dispatchDueSms(db, now, provider)).toEqual({ sent: 0, failed: 1 });
    const r = await row(id);
    expect(r.status).toBe('failed');
    expect(r.attempts).toBe(1);
    expect(r.lastError).toContain('carrier connection reset');
    expect(r.nextAttemptAt?.getTime()).toBe(now.getTime() + backoffMs(1));
    expect(await dispatchDueSms(db, r.nextAttemptAt!, provider)).toEqual({ sent: 1, failed: 0 });
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
  });

  it('a provider that throws synchronously is also a failed try, not an aborted dispatch', async () => {
    const id = await enqueue('13700000006');
    const provider: SmsProvider = {
      name: 'sync-thrower',
      send() {
        throw new Error('bad carrier config');
      },
    };
    const now = at(600 * 86_400_000);
    expect(await dispatchDueSms(db, now, provider)).toEqual({ sent: 0, failed: 1 });
    const r = await row(id);
    expect(r).toMatchObject({ status: 'failed', attempts: 1 });
    expect(r.lastError).toContain('bad carrier config');
    expect(r.nextAttemptAt?.getTime()).toBe(now.getTime() + backoffMs(1));
  });

  it('one failing message does not hold up the others', async () => {
    const provider = scriptedProvider((p) => (p === '13700000004' ? { ok: false, error: 'down' } : { ok: true }));
    const bad = await enqueue('13700000004');
    const good = await enqueue('13700000005');
    // The earlier sync-thrower's message (13700000006) is due again too and now goes out.
    expect(await dispatchDueSms(db, at(800 * 86_400_000), provider)).toEqual({ sent: 2, failed: 1 });
    expect((await row(bad)).status).toBe('failed');
    expect((await row(good)).status).toBe('sent');
  });

  it('no message is ever deleted', async () => {
    const all = await db.select({ id: smsMessages.id }).from(smsMessages);
    expect(all).toHaveLength(6);
  });
});
