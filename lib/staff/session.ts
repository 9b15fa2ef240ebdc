import 'server-only';
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { accessDenied } from '../errors/domain-error';
import { getDb } from '../db/client';
import type { Db } from '../db/client';
import { sessions, staff } from '../db/schema';
import { hashToken } from '../security/secrets';
import { staffNoLocked, type StaffRow } from './sign-in';

/** Staff sign in on their own cookie, apart from residents', and for one working day. */
export const STAFF_COOKIE = 'yb_staff';
const STAFF_SESSION_MS = 12 * 3_600_000;

export async function createStaffSession(db: Db, staffId: string, now: Date): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + STAFF_SESSION_MS);
  await db.insert(sessions).values({ tokenHash: hashToken(token), kind: 'staff', subjectId: staffId, createdAt: now, expiresAt });
  return { token, expiresAt };
}

/** The signed-in staff member, their session row, and the resident they are filling in for (坐席代办), if any. */
export const currentStaffSession = cache(async (): Promise<{ member: StaffRow; tokenHash: string; actingFor: string | null } | null> => {
  const token = (await cookies()).get(STAFF_COOKIE)?.value;
  if (!token || token.length > 200) return null;
  const db = await getDb();
  const [row] = await db
    .select()
    .from(sessions)
    .where(eq(sessions.tokenHash, hashToken(token)));
  if (!row || row.kind !== 'staff' || row.expiresAt.getTime() <= Date.now()) return null;
  const [member] = await db.select().from(staff).where(eq(staff.id, row.subjectId));
  // A 工号 locked for everyone is signed out everywhere while the lock lasts.
  if (!member || (await staffNoLocked(db, member.staffNo))) return null;
  return { member, tokenHash: row.tokenHash, actingFor: row.actingFor };
});

export const currentStaff = cache(async (): Promise<StaffRow | null> => (await currentStaffSession())?.member ?? null);

export async function requireStaff(roles?: readonly StaffRow['role'][]): Promise<StaffRow> {
  const member = await currentStaff();
  if (!member) throw accessDenied(401, 'staff-sign-in-required');
  if (roles && !roles.includes(member.role)) throw accessDenied(403, 'staff-role');
  return member;
}

export function staffCookieOptions(expiresAt: Date) {
  return { httpOnly: true, sameSite: 'lax' as const, secure: process.env.NODE_ENV === 'production', path: '/', expires: expiresAt };
}
