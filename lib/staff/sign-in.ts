import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { sessions, staff } from '../db/schema';
import { BUDGETS } from '../security/budgets';
import { budgetPoints, isSpent, refund, spend } from '../security/rate-limit';
import { verifyPassword } from './password';

export const STAFF_LOCKOUT = { maxFailures: BUDGETS.staffFailuresPerClient.points, lockMs: BUDGETS.staffFailuresPerClient.windowSeconds * 1000 } as const;

export type StaffRow = typeof staff.$inferSelect;
export type StaffSignIn = { ok: true; staff: StaffRow } | { ok: false; reason: 'wrong' | 'locked'; retryInMinutes?: number };

/** A burned hash for unknown 工号, so a wrong number costs the same time as a wrong password. */
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

/**
 * 工号 + password. Each try is reserved in two rate budgets before the password is checked (one
 * atomic upsert each, so parallel guesses cannot get more checks in, on any instance): five wrong
 * from one address lock that address out for 15 minutes; fifty from everywhere lock the 工号 for a
 * day and end its sessions. Unknown 工号 are counted and answered exactly like known ones.
 */
export async function signInStaff(db: Db, staffNo: string, password: string, client = 'unknown'): Promise<StaffSignIn> {
  const pair = `${staffNo}:${client}`;
  const perClient = await spend(db, 'staffFailuresPerClient', pair);
  const perNo = await spend(db, 'staffFailuresPerNo', staffNo);
  if (!perClient.ok || !perNo.ok) {
    return { ok: false, reason: 'locked', retryInMinutes: minutes(Math.max(perClient.ok ? 0 : perClient.retryInSeconds, perNo.ok ? 0 : perNo.retryInSeconds)) };
  }
  const [row] = await db.select().from(staff).where(eq(staff.staffNo, staffNo));
  const right = await verifyPassword(password, row?.passwordHash ?? DUMMY_HASH);
  if (row && right) {
    await refund(db, 'staffFailuresPerClient', pair);
    await refund(db, 'staffFailuresPerNo', staffNo);
    return { ok: true, staff: row };
  }
  if (perNo.consumed >= budgetPoints('staffFailuresPerNo')) {
    if (row) await db.delete(sessions).where(and(eq(sessions.kind, 'staff'), eq(sessions.subjectId, row.id)));
    return { ok: false, reason: 'locked', retryInMinutes: minutes(perNo.resetInSeconds) };
  }
  if (perClient.consumed >= budgetPoints('staffFailuresPerClient')) return { ok: false, reason: 'locked', retryInMinutes: minutes(perClient.resetInSeconds) };
  return { ok: false, reason: 'wrong' };
}

/** Whether the 工号 is locked for everyone (its sessions end with the lock and stay ended while it lasts). */
export async function staffNoLocked(db: Db, staffNo: string): Promise<boolean> {
  return !(await isSpent(db, 'staffFailuresPerNo', staffNo)).ok;
}

function minutes(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}
