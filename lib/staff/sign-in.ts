import { and, eq, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { staff } from '../db/schema';
import { verifyPassword } from './password';

export const STAFF_LOCKOUT = { maxFailures: 5, lockMs: 15 * 60_000 } as const;

export type StaffRow = typeof staff.$inferSelect;
export type StaffSignIn = { ok: true; staff: StaffRow } | { ok: false; reason: 'wrong' | 'locked'; retryInMinutes?: number };

/** A burned hash for unknown 工号, so a wrong number costs the same time as a wrong password. */
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

/**
 * 工号 + password. Five wrong passwords lock the account for 15 minutes; while locked even the
 * right password is refused. Each try is reserved in the row before the password is checked
 * (one atomic UPDATE), so parallel guesses cannot get more than five checks in, on any instance.
 */
export async function signInStaff(db: Db, staffNo: string, password: string, now: Date): Promise<StaffSignIn> {
  const lockUntil = new Date(now.getTime() + STAFF_LOCKOUT.lockMs);
  const expired = sql`(${staff.lockedUntil} is not null and ${staff.lockedUntil} <= ${now.toISOString()}::timestamptz)`;
  const count = sql`(case when ${expired} then 1 else ${staff.failedAttempts} + 1 end)`;
  const [reserved] = await db
    .update(staff)
    .set({
      failedAttempts: count,
      lockedUntil: sql`case when ${count} >= ${STAFF_LOCKOUT.maxFailures} then ${lockUntil.toISOString()}::timestamptz else null end`,
    })
    .where(and(eq(staff.staffNo, staffNo), or(isNull(staff.lockedUntil), lte(staff.lockedUntil, now))))
    .returning();
  if (!reserved) {
    const [row] = await db.select({ lockedUntil: staff.lockedUntil }).from(staff).where(eq(staff.staffNo, staffNo));
    if (!row) {
      await verifyPassword(password, DUMMY_HASH);
      return { ok: false, reason: 'wrong' };
    }
    return { ok: false, reason: 'locked', retryInMinutes: Math.max(1, Math.ceil(((row.lockedUntil?.getTime() ?? now.getTime()) - now.getTime()) / 60_000)) };
  }
  if (await verifyPassword(password, reserved.passwordHash)) {
    await db.update(staff).set({ failedAttempts: 0, lockedUntil: null }).where(eq(staff.id, reserved.id));
    return { ok: true, staff: { ...reserved, failedAttempts: 0, lockedUntil: null } };
  }
  if (reserved.lockedUntil) return { ok: false, reason: 'locked', retryInMinutes: STAFF_LOCKOUT.lockMs / 60_000 };
  return { ok: false, reason: 'wrong' };
}
