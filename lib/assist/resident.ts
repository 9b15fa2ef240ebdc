import 'server-only';
import { isUuid } from '../identity/uuid';
import { cookies } from 'next/headers';
import { DomainError } from '../errors/domain-error';
import type { Db } from '../db/client';
import { findAssist, isLive } from './sessions';

/** The resident's side holds its session id in an HttpOnly cookie: the id is what lets a page share itself. */
export const ASSIST_COOKIE = 'yb_assist';

export const assistCookieOptions = { httpOnly: true, sameSite: 'lax' as const, secure: process.env.NODE_ENV === 'production', path: '/', maxAge: 2 * 3600 };

/** This device's live assist session. Every page asks, so a device that never asked costs one cookie read, not a query. */
export async function residentAssist(db: Db, now: Date | (() => Promise<Date>)) {
  const id = (await cookies()).get(ASSIST_COOKIE)?.value;
  if (!id || !isUuid(id)) return null;
  const row = await findAssist(db, id);
  return isLive(row, typeof now === 'function' ? await now() : now) ? row : null;
}

export async function requireResidentAssist(db: Db, now: Date) {
  const row = await residentAssist(db, now);
  if (!row) throw new DomainError('assist-ended', {}, 404);
  return row;
}
