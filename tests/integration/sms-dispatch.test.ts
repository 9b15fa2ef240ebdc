import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '@/tests/helpers/test-db';
import type { Db } from '@/lib/db/client';
import { smsMessages } from '@/lib/db/schema';
import { enqueueSms, requestSmsDispatch } from '@/lib/sms/outbox';
import type { SmsProvider } from '@/lib/sms/provider';

const T = new Date('2026-11-10T02:00:00.000Z');
let db: Db;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ db, close } = await openTestDb({ seed: false }));
});
afterAll(async () => close());

const queue = (phone: string) => enqueueSms(db, { phone, template: 'cancelled', params: { service: '异地就医备案', number: 'YD20261110000001', date: '' } });

/** A carrier that records every send and, on its first, lets the test act while the dispatch is under way. */
function slowCarrier(onFirstSend: () => Promise<void>): SmsProvider & { sent: string[] } {
  const sent: string[] = [];
  return {
    name: 'fake',
    sent,
    async send(message) {
      sent.push(message.phone);
      if (sent.length === 1) await onFirstSend();
      return { ok: true };
    },
  };
}

describe('SMS dispatch after filings (one dispatcher at a time)', () => {
  it('50 requests at once send each message exactly once', async () => {
    for (let i = 0; i < 5; i++) await queue(`1370000000${i}`);
    const carrier = slowCarrier(async () => undefined);
    await Promise.all(Array.from({ length: 50 }, () => requestSmsDispatch(db, T, carrier)));
    expect(carrier.sent.sort()).toEqual(['13700000000', '13700000001', '13700000002', '13700000003', '13700000004']);
    const rows = await db.select().from(smsMessages);
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
  });

  it('a message queued while a dispatch runs is sent by that dispatch before it ends', async () => {
    let requestedDuringRun: Promise<void> | undefined;
    const carrier = slowCarrier(async () => {
      await queue('13711111111');
      requestedDuringRun = requestSmsDispatch(db, T, carrier);
    });
    await queue('13711111110');
    await requestSmsDispatch(db, T, carrier);
    await requestedDuringRun;
    expect(carrier.sent).toEqual(['13711111110', '13711111111']);
  });
});
