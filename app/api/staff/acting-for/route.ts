import { assertSameOrigin } from '@/lib/api/same-origin';
import { redirectToPath } from '@/lib/api/redirect';
import { handle } from '@/lib/api/server';
import { setActingFor } from '@/lib/auth/session';
import { localePath } from '@/lib/i18n/paths';
import { appContext } from '@/lib/server/context';
import { currentStaffSession, requireStaff } from '@/lib/staff/session';

/** 结束代办: the staff member stops acting for the resident. */
export const POST = handle(async (req, _ctx, locale, form) => {
  assertSameOrigin(req);
  await requireStaff();
  const session = await currentStaffSession();
  const { db } = await appContext();
  if (session) await setActingFor(db, session.tokenHash, null);
  if (form.isForm) return redirectToPath(localePath(locale, '/staff/resident'));
  return new Response(null, { status: 204 });
});
