import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { redirectToPath } from '@/lib/api/redirect';
import { readInput } from '@/lib/api/read-input';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { ApiError, handle } from '@/lib/api/server';
import { deleteSession } from '@/lib/auth/session';
import { localePath } from '@/lib/i18n/paths';
import { appContext } from '@/lib/server/context';
import { clientAddress } from '@/lib/security/client-address';
import { staffNoSchema, staffPasswordSchema } from '@/lib/staff/contracts';
import { createStaffSession, STAFF_COOKIE, staffCookieOptions } from '@/lib/staff/session';
import { signInStaff } from '@/lib/staff/sign-in';

const input = z
  .object({
    staffNo: staffNoSchema,
    password: staffPasswordSchema,
    locale: z.string().max(10).optional(),
  })
  .strict();

/** 工号 + password. Plain form from the staff page (303 back with the reason), or JSON. */
export const POST = handle(async (req, _ctx, locale, form) => {
  assertSameOrigin(req);
  const back = localePath(locale, '/staff');
  form.refuseTo(back);
  const { data } = await readInput(req, input);
  const { db, now } = await appContext();
  const result = await signInStaff(db, data.staffNo, data.password, clientAddress(req));
  if (!result.ok) {
    if (result.reason === 'locked') throw new ApiError(429, 'staff-locked', { minutes: result.retryInMinutes ?? 15 });
    throw new ApiError(400, 'staff-wrong');
  }
  const session = await createStaffSession(db, result.staff.id, now);
  (await cookies()).set(STAFF_COOKIE, session.token, staffCookieOptions(session.expiresAt));
  if (form.isForm) return redirectToPath(back);
  return NextResponse.json({ staffNo: result.staff.staffNo, name: result.staff.name, role: result.staff.role });
});

export const DELETE = handle(async (req) => {
  assertSameOrigin(req);
  const jar = await cookies();
  const { db } = await appContext();
  await deleteSession(db, jar.get(STAFF_COOKIE)?.value);
  jar.delete(STAFF_COOKIE);
  return new Response(null, { status: 204 });
});
