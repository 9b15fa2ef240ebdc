import { createHash, randomBytes } from 'node:crypto';
import { eq, lt } from 'drizzle-orm';
import type { Db } from '../db/client';
import { persons, sessions } from '../db/schema';
import type { PersonRow } from '../db/types';

export const SESSION_COOKIE = 'yb_session';
export const SESSION_TTL_MS = 30 * 24 * 3_600_000;

export type SessionKind = 'resident' | 'family' | 'staff';
export type ResidentSession = { kind: 'resident'; person: PersonRow; tokenHash: string };
export type Session = ResidentSession;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(db: Db, kind: SessionKind, subjectId: string, now: Date): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  // Sessions expire on the real clock: the demo clock must not sign anyone out.
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await db.insert(sessions).values({ tokenHash: hashToken(token), kind, subjectId, createdAt: now, expiresAt });
  return { token, expiresAt };
}

export async function findSession(db: Db, token: string | undefined): Promise<Session | null> {
  if (!token || token.length > 200) return null;
  const tokenHash = hashToken(token);
  const rows = await db
    .select({ session: sessions, person: persons })
    .from(sessions)
    .innerJoin(persons, eq(persons.id, sessions.subjectId))
    .where(eq(sessions.tokenHash, tokenHash));
  const row = rows[0];
  if (!row || row.session.expiresAt.getTime() <= Date.now() || row.session.kind !== 'resident') return null;
  return { kind: 'resident', person: row.person, tokenHash };
}

export async function deleteSession(db: Db, token: string | undefined): Promise<void> {
  if (!token) return;
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

export async function purgeExpiredSessions(db: Db): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
}

export function sessionCookieOptions(expiresAt: Date) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: process.env.NODE_ENV === 'production',
    path: '/',
    expires: expiresAt,
  };
}
