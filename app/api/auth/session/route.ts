import { cookies } from 'next/headers';
import { signInInput, signInOutput } from '@/lib/contracts/api';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { ApiError, handle, ok, readJson } from '@/lib/api/server';
import { accountForPhone, createFamilyUser } from '@/lib/auth/accounts';
import { createSession, deleteSession, SESSION_COOKIE, sessionCookieOptions } from '@/lib/auth/session';
import { currentAttempt, trustDevice } from '@/lib/auth/sign-in-device';
import { verifyCode } from '@/lib/auth/sms-code';
import { personNameSchema } from '@/lib/family/contracts';
import { appContext } from '@/lib/server/context';

export const POST = handle(async (req) => {
  assertSameOrigin(req);
  const { phone, code, name } = await readJson(req, signInInput);
  const { db, now } = await appContext();
  let account = await accountForPhone(db, phone);
  // A new relative names themselves. The code is checked first, so registered and unregistered
  // phones answer alike to anyone without the code (issue 14.5); a right code with a missing name
  // is not used up, so the relative only adds their name.
  const newName = account ? null : personNameSchema.safeParse(name ?? '');
  // Only the browser that asked for the code may try it; without an attempt there is no code to try.
  const attempt = await currentAttempt();
  const result = attempt
    ? await verifyCode(db, phone, 'sign-in', code, now, attempt, !newName || newName.success)
    : ({ ok: false, reason: 'no-code' } as const);
  if (!result.ok) {
    const params: Record<string, number> = result.reason === 'wrong' ? { triesLeft: result.triesLeft } : {};
    throw new ApiError(result.reason === 'locked' ? 429 : 400, `code-${result.reason}`, params, { code: '' });
  }
  if (newName && !newName.success) throw new ApiError(400, newName.error.issues[0]?.message ?? 'name-required', {}, { name: '' });
  if (!account && newName?.success) account = await createFamilyUser(db, phone, newName.data, now);
  if (!account) throw new ApiError(400, 'name-required', {}, { name: '' });
  await trustDevice(db, phone, now);
  const session = await createSession(db, account.kind, account.id, now);
  (await cookies()).set(SESSION_COOKIE, session.token, sessionCookieOptions(session.expiresAt));
  return ok(signInOutput, { name: account.name, kind: account.kind });
});

export const DELETE = handle(async (req) => {
  assertSameOrigin(req);
  const jar = await cookies();
  const { db } = await appContext();
  await deleteSession(db, jar.get(SESSION_COOKIE)?.value);
  jar.delete(SESSION_COOKIE);
  return new Response(null, { status: 204 });
});
