import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import { openTestDb } from '@/tests/helpers/test-db';
import type { Db } from '@/lib/db/client';
import { smsCodes, smsMessages } from '@/lib/db/schema';
import { requestCode, SMS_CODE_RULES, verifyCode } from '@/lib/auth/sms-code';

const T = new Date('2026-11-10T02:00:00.000Z'); // 10:00 in Shanghai
const at = (ms: number) => new Date(T.getTime() + ms);
const SEC = 1000;
const MIN = 60 * SEC;
/** The browser that asked for the codes (the attempt cookie's hash, as the route passes it). */
const OWNER = { attempt: 'owner-attempt' } as const;

let db: Db;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ db, close } = await openTestDb());
});

afterAll(async () => {
  await close();
});

/** The newest sign-in SMS for the phone, and the 6-digit code read from its body. */
async function lastCodeSms(phone: string) {
  const [row] = await db
    .select()
    .from(smsMessages)
    .where(and(eq(smsMessages.phone, phone), eq(smsMessages.template, 'signInCode')))
    .orderBy(desc(smsMessages.id))
    .limit(1);
  if (!row) throw new Error(`no sign-in SMS for ${phone}`);
  const match = /(?<!\d)(\d{6})(?!\d)/.exec(row.body);
  if (!match?.[1]) throw new Error(`no 6-digit code in ${row.body}`);
  return { row, code: match[1] };
}

function wrongCode(code: string): string {
  return code.slice(0, 5) + String((Number(code[5]) + 1) % 10);
}

async function codeSmsCount(phone: string): Promise<number> {
  const rows = await db
    .select({ id: smsMessages.id })
    .from(smsMessages)
    .where(and(eq(smsMessages.phone, phone), eq(smsMessages.template, 'signInCode')));
  return rows.length;
}

describe('requestCode: resend interval and hourly limit', () => {
  const phone = '13800000001';

  it('issues a code and queues its SMS from 10639239 with the 【中国医疗保障】 signature', async () => {
    expect(await requestCode(db, phone, 'sign-in', T, OWNER)).toEqual({ ok: true, resendInSeconds: 60 });
    const { row, code } = await lastCodeSms(phone);
    expect(row.body.startsWith('【中国医疗保障】')).toBe(true);
    expect(row.body).toContain(code);
    expect(row.body).toContain('5 分钟');
    expect(row.sender).toBe('10639239');
    expect(row.status).toBe('pending');
    expect(row.params.code).toBe(code);
    // Only a salted hash is stored, never the code itself.
    const [stored] = await db.select().from(smsCodes).where(eq(smsCodes.phone, phone));
    expect(stored?.codeHash).toBeDefined();
    expect(stored?.codeHash).not.toContain(code);
    expect(stored?.expiresAt.getTime()).toBe(T.getTime() + 5 * MIN);
  });

  it('refuses a second request 30 s later with retryInSeconds 30, without sending anything', async () => {
    expect(await requestCode(db, phone, 'sign-in', at(30 * SEC), OWNER)).toEqual({ ok: false, reason: 'too-soon', retryInSeconds: 30 });
    expect(await codeSmsCount(phone)).toBe(1);
  });

  it('allows a new code after 61 s', async () => {
    expect(await requestCode(db, phone, 'sign-in', at(61 * SEC), OWNER)).toMatchObject({ ok: true });
    expect(await codeSmsCount(phone)).toBe(2);
  });

  it('allows 10 codes within an hour, refuses the 11th, then frees up when the first is an hour old', async () => {
    const p = '13800000009';
    for (let i = 0; i < SMS_CODE_RULES.maxPerHour; i++) {
      expect(await requestCode(db, p, 'sign-in', at(i * 61 * SEC), OWNER), `code ${i + 1}`).toMatchObject({ ok: true });
    }
    expect(await codeSmsCount(p)).toBe(10);
    const eleventh = await requestCode(db, p, 'sign-in', at(610 * SEC), OWNER);
    expect(eleventh).toEqual({ ok: false, reason: 'hourly-limit', retryInSeconds: 3600 - 610 });
    expect(await codeSmsCount(p)).toBe(10);
    // Still limited right at the hour mark; free one second later.
    expect(await requestCode(db, p, 'sign-in', at(3600 * SEC), OWNER)).toMatchObject({ ok: false, reason: 'hourly-limit' });
    expect(await requestCode(db, p, 'sign-in', at(3601 * SEC), OWNER)).toMatchObject({ ok: true });
    expect(await codeSmsCount(p)).toBe(11);
  });

  it('two simultaneous taps issue only one code', async () => {
    const p = '13800000010';
    const results = await Promise.all([requestCode(db, p, 'sign-in', T, OWNER), requestCode(db, p, 'sign-in', T, OWNER)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await codeSmsCount(p)).toBe(1);
  });
});

describe('verifyCode', () => {
  it('counts wrong tries down 4..1, locks on the 5th, and refuses the right code afterwards', async () => {
    const phone = '13800000011';
    expect(await requestCode(db, phone, 'sign-in', T, OWNER)).toMatchObject({ ok: true });
    const { code } = await lastCodeSms(phone);
    const wrong = wrongCode(code);
    expect(wrong).not.toBe(code);
    for (const triesLeft of [4, 3, 2, 1]) {
      expect(await verifyCode(db, phone, 'sign-in', wrong, at(10 * SEC), OWNER.attempt)).toEqual({ ok: false, reason: 'wrong', triesLeft });
    }
    expect(await verifyCode(db, phone, 'sign-in', wrong, at(11 * SEC), OWNER.attempt)).toEqual({ ok: false, reason: 'locked' });
    expect(await verifyCode(db, phone, 'sign-in', code, at(12 * SEC), OWNER.attempt)).toEqual({ ok: false, reason: 'locked' });
    const [stored] = await db.select().from(smsCodes).where(eq(smsCodes.phone, phone));
    expect(stored?.failedAttempts).toBe(5);
    expect(stored?.consumedAt).toBeNull();
  });

  it('accepts the right code at 4 min 59 s exactly once (second use → no-code)', async () => {
    const phone = '13800000012';
    expect(await requestCode(db, phone, 'sign-in', T, OWNER)).toMatchObject({ ok: true });
    const { code } = await lastCodeSms(phone);
    expect(await verifyCode(db, phone, 'sign-in', code, at(4 * MIN + 59 * SEC), OWNER.attempt)).toEqual({ ok: true });
    expect(await verifyCode(db, phone, 'sign-in', code, at(4 * MIN + 59 * SEC), OWNER.attempt)).toEqual({ ok: false, reason: 'no-code' });
    const [stored] = await db.select().from(smsCodes).where(eq(smsCodes.phone, phone));
    expect(stored?.consumedAt?.getTime()).toBe(at(4 * MIN + 59 * SEC).getTime());
  });

  it('refuses the right code after 5 min 1 s as expired', async () => {
    const phone = '13800000013';
    expect(await requestCode(db, phone, 'sign-in', T, OWNER)).toMatchObject({ ok: true });
    const { code } = await lastCodeSms(phone);
    expect(await verifyCode(db, phone, 'sign-in', code, at(5 * MIN + 1 * SEC), OWNER.attempt)).toEqual({ ok: false, reason: 'expired' });
  });

  it('a wrong try does not consume the code: the right code still works afterwards', async () => {
    const phone = '13800000014';
    expect(await requestCode(db, phone, 'sign-in', T, OWNER)).toMatchObject({ ok: true });
    const { code } = await lastCodeSms(phone);
    expect(await verifyCode(db, phone, 'sign-in', wrongCode(code), at(SEC), OWNER.attempt)).toEqual({ ok: false, reason: 'wrong', triesLeft: 4 });
    expect(await verifyCode(db, phone, 'sign-in', code, at(2 * SEC), OWNER.attempt)).toEqual({ ok: true });
  });

  it('only the newest code counts: a new code replaces the old one', async () => {
    const phone = '13800000015';
    expect(await requestCode(db, phone, 'sign-in', T, OWNER)).toMatchObject({ ok: true });
    const first = (await lastCodeSms(phone)).code;
    expect(await requestCode(db, phone, 'sign-in', at(61 * SEC), OWNER)).toMatchObject({ ok: true });
    const second = (await lastCodeSms(phone)).code;
    if (first !== second) {
      expect(await verifyCode(db, phone, 'sign-in', first, at(70 * SEC), OWNER.attempt)).toMatchObject({ ok: false, reason: 'wrong' });
    }
    expect(await verifyCode(db, phone, 'sign-in', second, at(71 * SEC), OWNER.attempt)).toEqual({ ok: true });
  });

  it('a phone that never asked has no code', async () => {
    expect(await verifyCode(db, '13800000099', 'sign-in', '123456', T, OWNER.attempt)).toEqual({ ok: false, reason: 'no-code' });
  });
});

describe('codes belong to the attempt that asked for them (issue 14.5)', () => {
  const STRANGER = { attempt: 'stranger-attempt' } as const;

  it('a stranger’s wrong guesses lock only the stranger’s own code, never the owner’s', async () => {
    const phone = '13800000016';
    expect(await requestCode(db, phone, 'sign-in', T, OWNER)).toMatchObject({ ok: true });
    const { code } = await lastCodeSms(phone);
    // Without an attempt of its own the stranger has nothing to try.
    expect(await verifyCode(db, phone, 'sign-in', wrongCode(code), at(SEC), STRANGER.attempt)).toEqual({ ok: false, reason: 'no-code' });
    // With one (its SMS went to the owner), five wrong guesses use up that code only.
    expect(await requestCode(db, phone, 'sign-in', at(61 * SEC), STRANGER)).toMatchObject({ ok: true });
    for (let i = 0; i < SMS_CODE_RULES.maxWrongTries; i += 1) {
      expect((await verifyCode(db, phone, 'sign-in', '000000', at(62 * SEC), STRANGER.attempt)).ok).toBe(false);
    }
    expect(await verifyCode(db, phone, 'sign-in', '000000', at(63 * SEC), STRANGER.attempt)).toEqual({ ok: false, reason: 'locked' });
    expect(await verifyCode(db, phone, 'sign-in', code, at(64 * SEC), OWNER.attempt)).toEqual({ ok: true });
  });

  it('strangers’ requests do not hold back the owner’s own device: waits and hourly counts are kept apart', async () => {
    const phone = '13800000017';
    for (let i = 0; i < SMS_CODE_RULES.maxPerHour; i += 1) {
      expect(await requestCode(db, phone, 'sign-in', at(i * 61 * SEC), { attempt: `stranger-${i}` })).toMatchObject({ ok: true });
    }
    const afterFlood = at(SMS_CODE_RULES.maxPerHour * 61 * SEC);
    expect(await requestCode(db, phone, 'sign-in', afterFlood, { attempt: 'stranger-x' })).toMatchObject({ ok: false, reason: 'hourly-limit' });
    // A new browser of the owner's is refused like any stranger's; the device they signed in on is not.
    expect(await requestCode(db, phone, 'sign-in', afterFlood, { attempt: 'owner-new-phone' })).toMatchObject({ ok: false, reason: 'hourly-limit' });
    expect(await requestCode(db, phone, 'sign-in', afterFlood, { attempt: OWNER.attempt, fromDevice: true })).toMatchObject({ ok: true });
    const { code } = await lastCodeSms(phone);
    expect(await verifyCode(db, phone, 'sign-in', code, at(SMS_CODE_RULES.maxPerHour * 61 * SEC + SEC), OWNER.attempt)).toEqual({ ok: true });
  });
});

describe('moving the demo clock back', () => {
  it('drops codes issued while it ran ahead, so they cannot block new ones later', async () => {
    const { advanceClock, now, resetClock } = await import('@/lib/jingban/clock');
    const phone = '13700000077';
    await advanceClock(db, 3 * 24 * 3600_000);
    expect((await requestCode(db, phone, 'sign-in', await now(db), OWNER)).ok).toBe(true);
    await resetClock(db);
    // Three days on again, the code from "the future" is now 0 s old: without the clean-up this is 'too-soon'.
    await advanceClock(db, 3 * 24 * 3600_000);
    expect(await requestCode(db, phone, 'sign-in', await now(db), OWNER)).toMatchObject({ ok: true });
    await resetClock(db);
  });
});
