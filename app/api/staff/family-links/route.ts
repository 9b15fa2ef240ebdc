import { NextResponse } from 'next/server';
import { redirectToPath } from '@/lib/api/redirect';
import { readInput } from '@/lib/api/read-input';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { ApiError, handle } from '@/lib/api/server';
import { findPerson } from '@/lib/jingban/people';
import { createLinkByStaff } from '@/lib/family/staff-links';
import { localePath } from '@/lib/i18n/paths';
import { appContext } from '@/lib/server/context';
import { clientAddress } from '@/lib/security/client-address';
import { requestSmsDispatch } from '@/lib/sms/outbox';
import { consentMethod } from '@/lib/staff/consent-grants';
import { staffLinkInput } from '@/lib/staff/contracts';
import { confirmSecondStaff } from '@/lib/staff/second-staff';
import { currentStaffSession, requireStaff } from '@/lib/staff/session';

/**
 * A 亲情账户 link made by staff for the resident they hold consent for (code or in-person check). A
 * second staff member's 工号 and password, when given, are checked and recorded; on an in-person check
 * a link longer than 3 months cannot be made without them.
 */
export const POST = handle(async (req, _ctx, locale, form) => {
  assertSameOrigin(req);
  const member = await requireStaff(['agent', 'station']);
  const session = await currentStaffSession();
  const back = localePath(locale, '/staff/resident');
  form.refuseTo(back, { field: (refusal) => refusal.field ?? (isSecondStaffRefusal(refusal.code) ? 'secondStaffNo' : undefined) });
  const { db, now } = await appContext();
  const personId = session?.actingFor ?? null;
  const method = personId ? await consentMethod(db, member.id, personId, now) : null;
  if (!personId || !method) throw new ApiError(403, 'staff-consent-required');
  const { data } = await readInput(req, staffLinkInput, ['act']);
  const elder = await findPerson(db, personId);
  if (!elder) throw new ApiError(404, 'staff-resident-not-found');
  const { secondStaffNo, secondPassword, ...link } = data;
  const second = secondStaffNo ? await confirmSecondStaff(db, member, secondStaffNo, secondPassword ?? '', clientAddress(req)) : undefined;
  const made = await createLinkByStaff(db, member, elder, { ...link, name: link.name || undefined, method }, now, second);
  await requestSmsDispatch(db, now);
  if (form.isForm) return redirectToPath(`${back}?linked=1`);
  return NextResponse.json({ id: made.id, status: made.status, method, secondStaffNo: made.secondStaffNo }, { status: 201 });
});

const isSecondStaffRefusal = (code: string) => code.startsWith('staff-second') || code === 'staff-password-required';
