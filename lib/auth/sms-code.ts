import { randomBytes } from 'node:crypto';
import { and, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { smsCodes } from '../db/schema';
import { codeMatches, generateCode, hashCode } from '../security/secrets';
import { enqueueSms } from '../sms/outbox';

export const SMS_CODE_RULES = {
  digits: 6,
  validMs: 5 * 60_000,
  maxWrongTries: 5,
  resendAfterMs: 60_000,
  maxPerHour: 10,
} as const;

export type CodePurpose = 'sign-in';

export type RequestCodeResult =
  | { ok: true; resendInSeconds: number }
  | { ok: false; reason: 'too-soon'; retryInSeconds: number }
  | { ok: false; reason: 'hourly-limit'; retryInSeconds: number };

export type VerifyCodeResult = { ok: true } | { ok: false; reason: 'no-code' | 'expired' | 'locked' } | { ok: false; reason: 'wrong'; triesLeft: number };

/** Who asks: the requester's attempt (hash of a cookie) and whether the device is one the owner signed in on. */
export type Requester = { readonly attempt: string; readonly fromDevice?: boolean };

/**
 * Issues a code and queues its SMS in one transaction; the caller dispatches after commit.
 * `send: false` (a phone with no account): the same row, limits and answers, but no SMS — so nobody
 * can learn from the answers, the waits or the wrong-code lock which phones are registered.
 * The waits and the hourly count are kept apart for the owner's own devices, so a stranger's
 * requests cannot hold the owner back on a phone they signed in on before (issue 14.5).
 */
export async function requestCode(db: Db, phone: string, purpose: CodePurpose, now: Date, requester: Requester, send = true): Promise<RequestCodeResult> {
  const fromDevice = requester.fromDevice ?? false;
  return db.transaction(async (tx) => {
    // Serialise requests per phone so two quick taps cannot both pass the limits.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sms-code:${phone}`}))`);
    const hourAgo = new Date(now.getTime() - 3_600_000);
    const recent = await tx
      .select({ createdAt: smsCodes.createdAt })
      .from(smsCodes)
      // Bounded by now too: after the demo clock is moved back, codes "from the future" do not count.
      .where(
        and(
          eq(smsCodes.phone, phone),
          eq(smsCodes.purpose, purpose),
          eq(smsCodes.fromDevice, fromDevice),
          gte(smsCodes.createdAt, hourAgo),
          lte(smsCodes.createdAt, now),
        ),
      )
      .orderBy(desc(smsCodes.createdAt));
    const latest = recent[0];
    if (latest) {
      const wait = latest.createdAt.getTime() + SMS_CODE_RULES.resendAfterMs - now.getTime();
      if (wait > 0) return { ok: false, reason: 'too-soon', retryInSeconds: Math.ceil(wait / 1000) };
    }
    if (recent.length >= SMS_CODE_RULES.maxPerHour) {
      const oldest = recent[recent.length - 1];
      const wait = (oldest?.createdAt.getTime() ?? now.getTime()) + 3_600_000 - now.getTime();
      return { ok: false, reason: 'hourly-limit', retryInSeconds: Math.max(1, Math.ceil(wait / 1000)) };
    }
    const code = generateCode(SMS_CODE_RULES.digits);
    await tx.insert(smsCodes).values({
      phone,
      purpose,
      codeHash: hashCode(code, randomBytes(8).toString('hex')),
      createdAt: now,
      expiresAt: new Date(now.getTime() + SMS_CODE_RULES.validMs),
      attempt: requester.attempt,
      fromDevice,
    });
    if (send) await enqueueSms(tx, { phone, template: 'signInCode', params: { code, minutes: SMS_CODE_RULES.validMs / 60_000 } });
    return { ok: true, resendInSeconds: SMS_CODE_RULES.resendAfterMs / 1000 };
  });
}

/**
 * Checks the newest code this attempt asked for; wrong tries count against that code only, so a
 * stranger's guesses never spend the owner's code — they have no code of their own to guess but one
 * whose SMS went to the owner. `consume: false` checks a right code without using it up (the caller
 * has a reason to ask again).
 */
export async function verifyCode(
  db: Db,
  phone: string,
  purpose: CodePurpose,
  code: string,
  now: Date,
  attempt: string,
  consume = true,
): Promise<VerifyCodeResult> {
  return db.transaction(async (tx) => {
    const [latest] = await tx
      .select()
      .from(smsCodes)
      .where(and(eq(smsCodes.phone, phone), eq(smsCodes.purpose, purpose), eq(smsCodes.attempt, attempt)))
      .orderBy(desc(smsCodes.id))
      .limit(1)
      .for('update');
    if (!latest || latest.consumedAt) return { ok: false, reason: 'no-code' };
    if (latest.failedAttempts >= SMS_CODE_RULES.maxWrongTries) return { ok: false, reason: 'locked' };
    if (latest.expiresAt <= now) return { ok: false, reason: 'expired' };
    if (!codeMatches(code, latest.codeHash)) {
      const failed = latest.failedAttempts + 1;
      await tx.update(smsCodes).set({ failedAttempts: failed }).where(eq(smsCodes.id, latest.id));
      const triesLeft = SMS_CODE_RULES.maxWrongTries - failed;
      return triesLeft > 0 ? { ok: false, reason: 'wrong', triesLeft } : { ok: false, reason: 'locked' };
    }
    if (consume) await tx.update(smsCodes).set({ consumedAt: now }).where(eq(smsCodes.id, latest.id));
    return { ok: true };
  });
}
