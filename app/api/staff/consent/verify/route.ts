import { NextResponse } from 'next/server';
import { z } from 'zod';
import { codeSchema } from '@/lib/contracts/api';
import { redirectToPath } from '@/lib/api/redirect';
import { readInput } from '@/lib/api/read-input';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { ApiError, handle } from '@/lib/api/server';
import { setActingFor } from '@/lib/auth/session';
import { findPerson } from '@/lib/jingban/people';
import { localePath } from '@/lib/i18n/paths';
import { appContext } from '@/lib/server/context';
import { requestSmsDispatch } from '@/lib/sms/outbox';
import { verifyConsent } from '@/lib/staff/consent';
import { inPersonInput } from '@/lib/staff/contracts';
import { recordInPersonCheck } from '@/lib/staff/in-person';
import { currentStaffSession, requireStaff } from '@/lib/staff/session';

const input = z
  .object({
    personId: z.string().regex(/^[a-z0-9-]{1,64}$/, { message: 'not-found' }),
    code: codeSchema.optional(),
    /** Station staff only: the 身份证号 read from the card of the elder standing at the desk. */
    idNumber: inPersonInput.optional(),
    locale: z.string().max(10).optional(),
  })
  .strict();

/** The code the resident read out, or (at a station) the 身份证号 from their card: from now on (30 minutes) this staff member files and looks up for them. */
export const POST = handle(async (req, _ctx, locale, form) => {
  assertSameOrigin(req);
  const member = await requireStaff(['agent', 'station']);
  const resident = localePath(locale, '/staff/resident');
  form.refuseTo(resident, { field: (refusal) => refusal.field ?? 'code' });
  const { data } = await readInput(req, input);
  const inPerson = data.idNumber !== undefined;
  form.refuseTo(`${resident}?person=${encodeURIComponent(data.personId)}`, { field: (refusal) => refusal.field ?? (inPerson ? 'idNumber' : 'code') });
  const { db, now } = await appContext();
  const person = await findPerson(db, data.personId);
  if (!person) throw new ApiError(404, 'staff-resident-not-found');
  if (data.idNumber !== undefined) await recordInPersonCheck(db, member, person, data.idNumber, now);
  else await verifyConsent(db, member, person, codeSchema.parse(data.code ?? ''), now);
  const session = await currentStaffSession();
  if (session) await setActingFor(db, session.tokenHash, person.id);
  await requestSmsDispatch(db, now);
  if (form.isForm) return redirectToPath(resident);
  return NextResponse.json({ actingFor: person.id });
});
