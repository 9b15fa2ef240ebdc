import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** A one-time code as it is sent by SMS or read out: six digits. */
export function generateCode(digits = 6): string {
  return String(randomInt(0, 10 ** digits)).padStart(digits, '0');
}

/** How a one-time code is kept: `salt:sha256(salt:code)`. */
export function hashCode(code: string, salt: string = randomBytes(8).toString('hex')): string {
  return `${salt}:${createHash('sha256').update(`${salt}:${code}`).digest('hex')}`;
}

export function codeMatches(code: string, stored: string): boolean {
  const [salt] = stored.split(':');
  if (!salt) return false;
  const a = Buffer.from(hashCode(code, salt));
  const b = Buffer.from(stored);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** How a session cookie's token is kept (residents', relatives' and staff sessions alike). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
