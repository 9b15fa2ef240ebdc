import { eq } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { formRefusal, pathWithRefusal } from '@/lib/api/form-refusal';
import { isFormPost } from '@/lib/api/form';
import { redirectToPath } from '@/lib/api/redirect';
import { readInput } from '@/lib/api/read-input';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { ApiError, handle } from '@/lib/api/server';
import { persons } from '@/lib/db/schema';
import { inviteInput } from '@/lib/family/contracts';
import { createLinkByStaff } from '@/lib/family/links';
import { localePath } from '@/lib/i18n/paths';
import { appContext } from '@/lib/server/context';
import { dispatchDueSms } from '@/lib/sms/outbox';
import { consentMethod } from '@/lib/staff/consent';
import { currentStaffSession, requireStaff } from '@/lib/staff/session';

/** A 亲情账户 link made by staff for the resident they hold consent for (code or in-person check). */
export const POST = handle(async (req, _ctx, locale) => {
  assertSameOrigin(req);
  const member = await requireStaff(['agent', 'station']);
  const session = await currentStaffSession();
  const isForm = isFormPost(req);
  const back = localePath(locale, '/staff/resident');
  try {
    const { db, now } = await appContext();
    const personId = session?.actingFor ?? null;
    const method = personId ? await consentMethod(db, member.id, personId, now) : null;
    if (!personId || !method) throw new ApiError(403, 'staff-consent-required');
    const { data } = await readInput(req, inviteInput, ['act']);
    const [elder] = await db.select().from(persons).where(eq(persons.id, personId));
    if (!elder) throw new ApiError(404, 'staff-resident-not-found');
    const link = await createLinkByStaff(db, member, elder, { ...data, name: data.name || undefined, method }, now);
    await dispatchDueSms(db, now);
    if (isForm) return redirectToPath(`${back}?linked=1`);
    return NextResponse.json({ id: link.id, status: link.status, method }, { status: 201 });
  } catch (error) {
    const refusal = isForm ? formRefusal(error) : null;
    if (refusal) return redirectToPath(pathWithRefusal(back, refusal));
    throw error;
  }
});
