import 'server-only';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { accessDenied } from '../errors/domain-error';
import { getDb } from '../db/client';
import { findSession, SESSION_COOKIE, type ResidentSession, type Session } from './session';

export const currentSession = cache(async (): Promise<Session | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return findSession(await getDb(), token);
});

/** For what only an insured person can do for themselves (e.g. adding a relative). */
export async function requireResident(): Promise<ResidentSession> {
  const session = await currentSession();
  if (!session) throw accessDenied(401, 'sign-in-required');
  if (session.kind !== 'resident') throw accessDenied(403, 'not-insured');
  return session;
}
