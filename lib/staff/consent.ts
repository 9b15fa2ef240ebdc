import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { smsCodes } from '../db/schema';
import type { PersonRow } from '../db/types';
import { audit } from '../family/audit';
import { DomainError } from '../errors/domain-error';
import { assertWithinBudgets, smsToPhone } from '../security/rate-limit';
import { codeMatches, generateCode, hashCode } from '../security/secrets';
import { enqueueSms } from '../sms/outbox';
import type { StaffRow } from './sign-in';

export const CONSENT_RULES = { validMs: 10 * 60_000, maxWrongTries: 5, resendAfterMs: 60_000, grantMs: 30 * 60_000 } as const;

const purpose = (member: StaffRow) => `consent:${member.id}`;

/** The resident's consent code, by SMS to their registered phone; they read it to the staff member. */
export async function requestConsent(db: Db, member: StaffRow, person: PersonRow, now: Date): Promise<void> {
  await assertWithinBudgets(db, smsToPhone(person.phone));
  await db.transaction(async (tx) => {
    const [latest] = await tx
      .select()
      .from(smsCodes)
      .where(and(eq(smsCodes.phone, person.phone), eq(smsCodes.purpose, purpose(member))))
      .orderBy(desc(smsCodes.id))
      .limit(1);
    if (latest && latest.createdAt.getTime() + CONSENT_RULES.resendAfterMs > now.getTime() && latest.createdAt <= now) {
      throw new DomainError('code-too-soon', { seconds: Math.ceil((latest.createdAt.getTime() + CONSENT_RULES.resendAfterMs - now.getTime()) / 1000) }, 429);
    }
    const code = generateCode();
    await tx.insert(smsCodes).values({
      phone: person.phone,
      purpose: purpose(member),
      codeHash: hashCode(code),
      createdAt: now,
      expiresAt: new Date(now.getTime() + CONSENT_RULES.validMs),
    });
    await enqueueSms(tx, { phone: person.phone, template: 'staffConsent', params: { staffNo: member.staffNo, code, minutes: CONSENT_RULES.validMs / 60_000 } });
  });
}

/** The code the resident read out: right → consent recorded (with 工号 and station) for 30 minutes; wrong tries are counted. */
export async function verifyConsent(db: Db, member: StaffRow, person: PersonRow, code: string, now: Date): Promise<void> {
  const refusal = await db.transaction(async (tx): Promise<{ code: string; params: Record<string, number> } | null> => {
    const [latest] = await tx
      .select()
      .from(smsCodes)
      .where(and(eq(smsCodes.phone, person.phone), eq(smsCodes.purpose, purpose(member))))
      .orderBy(desc(smsCodes.id))
      .limit(1)
      .for('update');
    if (!latest || latest.consumedAt) return { code: 'code-no-code', params: {} };
    if (latest.failedAttempts >= CONSENT_RULES.maxWrongTries) return { code: 'code-locked', params: {} };
    if (latest.expiresAt <= now) return { code: 'code-expired', params: {} };
    if (!codeMatches(code, latest.codeHash)) {
      const failed = latest.failedAttempts + 1;
      await tx.update(smsCodes).set({ failedAttempts: failed }).where(eq(smsCodes.id, latest.id));
      const triesLeft = CONSENT_RULES.maxWrongTries - failed;
      return triesLeft > 0 ? { code: 'code-wrong', params: { triesLeft } } : { code: 'code-locked', params: {} };
    }
    await tx.update(smsCodes).set({ consumedAt: now }).where(eq(smsCodes.id, latest.id));
    await audit(tx, {
      at: now,
      actor: { kind: 'staff', id: member.id },
      subjectPersonId: person.id,
      action: 'consent-verified',
      detail: { staffNo: member.staffNo, station: member.station, method: 'consent-code' },
    });
    return null;
  });
  if (refusal) throw new DomainError(refusal.code, refusal.params, refusal.code === 'code-locked' ? 429 : 400);
}
