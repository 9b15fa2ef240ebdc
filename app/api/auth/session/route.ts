import { eq } from 'drizzle-orm';
import { cookies } from 'next/headers';
import { signInInput, signInOutput } from '@/lib/api/contracts';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { ApiError, handle, ok, readJson } from '@/lib/api/server';
import { createSession, deleteSession, SESSION_COOKIE, sessionCookieOptions } from '@/lib/auth/session';
import { verifyCode } from '@/lib/auth/sms-code';
import { persons } from '@/lib/db/schema';
import { appContext } from '@/lib/server/context';

export const POST = handle(async (req) => {
  assertSameOrigin(req);
  const { phone, code } = await readJson(req, signInInput);
  const { db, now } = await appContext();
  const [person] = await db.select().from(persons).where(eq(persons.phone, phone));
  if (!person) throw new ApiError(404, 'not-insured');
  const result = await verifyCode(db, phone, 'sign-in', code, now);
  if (!result.ok) {
    const params: Record<string, number> = result.reason === 'wrong' ? { triesLeft: result.triesLeft } : {};
    throw new ApiError(result.reason === 'locked' ? 429 : 400, `code-${result.reason}`, params, { code: '' });
  }
  const session = await createSession(db, 'resident', person.id, now);
  (await cookies()).set(SESSION_COOKIE, session.token, sessionCookieOptions(session.expiresAt));
  return ok(signInOutput, { name: person.name });
});

export const DELETE = handle(async (req) => {
  assertSameOrigin(req);
  const jar = await cookies();
  const { db } = await appContext();
  await deleteSession(db, jar.get(SESSION_COOKIE)?.value);
  jar.delete(SESSION_COOKIE);
  return new Response(null, { status: 204 });
});
