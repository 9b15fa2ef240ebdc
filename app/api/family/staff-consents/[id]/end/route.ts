import { NextResponse } from 'next/server';
import { z } from 'zod';
import { redirectToPath } from '@/lib/api/redirect';
import { readInput } from '@/lib/api/read-input';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { ApiError, handle } from '@/lib/api/server';
import { requireResident } from '@/lib/auth/current';
import { localePath } from '@/lib/i18n/paths';
import { isLocale } from '@/lib/i18n/routing';
import { appContext } from '@/lib/server/context';
import { endConsentGrant } from '@/lib/staff/consent-grants';

const input = z.object({ locale: z.string().max(10).optional() }).strict();

type Ctx = { params: Promise<{ id: string }> };

/** The resident ends a staff member's consent (an in-person check or a code they read out) from 亲情账户. */
export const POST = handle<Ctx>(async (req, ctx, locale, form) => {
  assertSameOrigin(req);
  const { id } = await ctx.params;
  if (!/^\d{1,12}$/.test(id)) throw new ApiError(404, 'not-found');
  const session = await requireResident();
  const { db, now } = await appContext();
  form.refuseTo(localePath(locale, '/family'));
  const { data } = await readInput(req, input);
  const page = localePath(isLocale(data.locale) ? data.locale : locale, '/family');
  form.refuseTo(page);
  const grant = await endConsentGrant(db, session.person, Number(id), now);
  if (form.isForm) return redirectToPath(`${page}?ended=${grant.id}`);
  return NextResponse.json({ id: grant.id, state: grant.state }, { headers: { 'cache-control': 'no-store' } });
});
