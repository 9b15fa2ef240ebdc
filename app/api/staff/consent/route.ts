import { NextResponse } from 'next/server';
import { z } from 'zod';
import { redirectToPath } from '@/lib/api/redirect';
import { readInput } from '@/lib/api/read-input';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { ApiError, handle } from '@/lib/api/server';
import { findPersonByPhoneOrIdNumber } from '@/lib/jingban/people';
import { maskPhone } from '@/lib/identity/id-card';
import { localePath } from '@/lib/i18n/paths';
import { appContext } from '@/lib/server/context';
import { requestSmsDispatch } from '@/lib/sms/outbox';
import { requestConsent } from '@/lib/staff/consent';
import { requireStaff } from '@/lib/staff/session';

const input = z.object({ key: z.string().trim().min(1, { message: 'staff-resident-not-found' }).max(30), locale: z.string().max(10).optional() }).strict();

/** Finds the resident by phone or 身份证号 and sends them the consent code. */
export const POST = handle(async (req, _ctx, locale, form) => {
  assertSameOrigin(req);
  const member = await requireStaff(['agent', 'station']);
  const back = localePath(locale, '/staff/resident');
  form.refuseTo(back, { field: () => 'key' });
  const { data } = await readInput(req, input);
  const key = data.key.replace(/[\s-]/g, '').toUpperCase();
  const { db, now } = await appContext();
  const person = await findPersonByPhoneOrIdNumber(db, key);
  if (!person) throw new ApiError(404, 'staff-resident-not-found');
  await requestConsent(db, member, person, now);
  await requestSmsDispatch(db, now);
  if (form.isForm) return redirectToPath(`${back}?person=${encodeURIComponent(person.id)}`);
  return NextResponse.json({ personId: person.id, phone: maskPhone(person.phone) });
});
