import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { cookies } from 'next/headers';
import type { Db } from '../db/client';
import { trustedDevices } from '../db/schema';
import { hashToken } from '../security/secrets';

/**
 * Two cookies bind sign-in codes to whoever asked for them (issue 14.5):
 * - the attempt: a code can only be tried by the browser that asked for it, so a stranger's wrong
 *   guesses never lock the owner's code;
 * - the device: set once the phone's owner has signed in here; code requests from it have their own
 *   small budget, so a stranger flooding the phone cannot keep its owner from signing in.
 */
export const ATTEMPT_COOKIE = 'sign_in_attempt';
export const DEVICE_COOKIE = 'sign_in_device';

/** Longer than a code lives (5 minutes) plus a resend or two. */
const ATTEMPT_SECONDS = 30 * 60;
/** About half a year: an elder signs in again rarely; a lost phone's cookie ends with it. */
const DEVICE_SECONDS = 180 * 24 * 3600;

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

const newToken = () => randomBytes(32).toString('base64url');

function cookieOptions(maxAge: number) {
  return { httpOnly: true, sameSite: 'lax' as const, secure: process.env.NODE_ENV === 'production', path: '/api/auth', maxAge };
}

async function readToken(name: string): Promise<string | null> {
  const value = (await cookies()).get(name)?.value;
  return value && TOKEN.test(value) ? value : null;
}

/** This browser's attempt (started when missing); returns its hash, which is what the code row keeps. */
export async function startAttempt(): Promise<string> {
  let token = await readToken(ATTEMPT_COOKIE);
  if (!token) {
    token = newToken();
    (await cookies()).set(ATTEMPT_COOKIE, token, cookieOptions(ATTEMPT_SECONDS));
  }
  return hashToken(token);
}

/** The attempt's hash, or null when this browser never asked for a code. */
export async function currentAttempt(): Promise<string | null> {
  const token = await readToken(ATTEMPT_COOKIE);
  return token ? hashToken(token) : null;
}

export async function isOwnersDevice(db: Db, phone: string): Promise<boolean> {
  const token = await readToken(DEVICE_COOKIE);
  if (!token) return false;
  const [row] = await db
    .select({ phone: trustedDevices.phone })
    .from(trustedDevices)
    .where(and(eq(trustedDevices.tokenHash, hashToken(token)), eq(trustedDevices.phone, phone)));
  return Boolean(row);
}

/** After a right code: this browser is the phone owner's (one device may serve a few phones in a family). */
export async function trustDevice(db: Db, phone: string, now: Date): Promise<void> {
  let token = await readToken(DEVICE_COOKIE);
  token ??= newToken();
  (await cookies()).set(DEVICE_COOKIE, token, cookieOptions(DEVICE_SECONDS));
  await db
    .insert(trustedDevices)
    .values({ tokenHash: hashToken(token), phone, lastUsedAt: now })
    .onConflictDoUpdate({ target: [trustedDevices.tokenHash, trustedDevices.phone], set: { lastUsedAt: now } });
}
