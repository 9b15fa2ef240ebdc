import { randomBytes } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { preparedFor } from '../db/prepared';
import { familyUsers, persons, sessions } from '../db/schema';
import type { FamilyUserRow, PersonRow } from '../db/types';
import type { Account } from '../family/account';
import { hashToken } from '../security/secrets';

export const SESSION_COOKIE = 'yb_session';
export const SESSION_TTL_MS = 30 * 24 * 3_600_000;

export type SessionKind = 'resident' | 'family' | 'staff';
export type ResidentSession = { kind: 'resident'; person: PersonRow; tokenHash: string; actingFor: string | null };
/** A relative who is not insured in Shandong: signs in only to act for elders who allowed it. */
export type FamilySession = { kind: 'family'; user: FamilyUserRow; person: null; tokenHash: string; actingFor: string | null };
export type Session = ResidentSession | FamilySession;

/** Who is signed in, whichever kind: what links and logs refer to. */
export function sessionAccount(session: Session): Account {
  return session.kind === 'resident'
    ? { kind: 'resident' as const, id: session.person.id, name: session.person.name, phone: session.person.phone, gender: session.person.gender }
    : { kind: 'family' as const, id: session.user.id, name: session.user.name, phone: session.user.phone, gender: null };
}
export type { Account };

export async function createSession(db: Db, kind: SessionKind, subjectId: string, now: Date): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  // Sessions expire on the real clock: the demo clock must not sign anyone out.
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await db.insert(sessions).values({ tokenHash: hashToken(token), kind, subjectId, createdAt: now, expiresAt });
  return { token, expiresAt };
}

const sessionWithSubject = preparedFor((db) =>
  db
    .select({ session: sessions, person: persons, user: familyUsers })
    .from(sessions)
    .leftJoin(persons, and(eq(sessions.kind, 'resident'), eq(persons.id, sessions.subjectId)))
    .leftJoin(familyUsers, and(eq(sessions.kind, 'family'), eq(familyUsers.id, sessions.subjectId)))
    .where(eq(sessions.tokenHash, sql.placeholder('tokenHash')))
    .prepare('session_with_subject'),
);

export async function findSession(db: Db, token: string | undefined): Promise<Session | null> {
  if (!token || token.length > 200) return null;
  const tokenHash = hashToken(token);
  // One query on every signed-in request: the session with its resident or family user.
  const [row] = await sessionWithSubject(db).execute({ tokenHash });
  if (!row || row.session.expiresAt.getTime() <= Date.now()) return null;
  const actingFor = row.session.actingFor;
  if (row.session.kind === 'resident') return row.person ? { kind: 'resident', person: row.person, tokenHash, actingFor } : null;
  if (row.session.kind === 'family') return row.user ? { kind: 'family', user: row.user, person: null, tokenHash, actingFor } : null;
  return null;
}

/** 为谁办理: the elder this session acts for, or null for oneself. */
export async function setActingFor(db: Db, tokenHash: string, elderPersonId: string | null): Promise<void> {
  await db.update(sessions).set({ actingFor: elderPersonId }).where(eq(sessions.tokenHash, tokenHash));
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
